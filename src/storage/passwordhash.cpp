#include "passwordhash.h"

#include <algorithm>
#include <thread>
#include <vector>

#include <sodium.h>

namespace dw::passwordhash {

namespace {
constexpr unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
} // namespace

Result<QString> make(const QString& wachtwoord)
{
    if (sodium_init() < 0)
        return Error::failure(QStringLiteral("het wachtwoord kan niet worden beveiligd: libsodium start niet"));
    const QByteArray pw = wachtwoord.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out,
            pw.constData(),
            static_cast<unsigned long long>(pw.size()),
            opsLimit,
            memLimit,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::failure(QStringLiteral("het wachtwoord kan niet worden beveiligd: te weinig geheugen"));
    return QString::fromLatin1(out);
}

QVector<Result<QString>> makeAll(const QStringList& wachtwoorden)
{
    QVector<Result<QString>> hashes(wachtwoorden.size(), Error::failure(QString()));
    const int workers = std::clamp(int(std::thread::hardware_concurrency()), 1, std::max(1, int(wachtwoorden.size())));
    if (workers == 1) {
        for (int i = 0; i < wachtwoorden.size(); ++i)
            hashes[i] = make(wachtwoorden.at(i));
        return hashes;
    }
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w)
        threads.emplace_back([&hashes, &wachtwoorden, w, workers] {
            for (int i = w; i < wachtwoorden.size(); i += workers)
                hashes[i] = make(wachtwoorden.at(i));
        });
    for (std::thread& t : threads)
        t.join();
    return hashes;
}

bool matches(const QString& hash, const QString& wachtwoord)
{
    if (sodium_init() < 0 || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = wachtwoord.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), static_cast<unsigned long long>(pw.size())) == 0;
}

bool needsRehash(const QString& hash)
{
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), opsLimit, memLimit) != 0;
}

} // namespace dw::passwordhash
