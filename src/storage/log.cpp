#include "log.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <string>

namespace dw::log {

namespace {
std::shared_ptr<spdlog::logger> g_logger;
QString g_path;

void write(spdlog::level::level_enum level, const char* event, std::initializer_list<Field> fields)
{
    if (!g_logger)
        return;
    std::string line = event;
    for (const Field& f : fields) {
        line += ' ';
        line += f.first;
        line += '=';
        line += std::to_string(f.second);
    }
    g_logger->log(level, line);
}
} // namespace

void init(const QString& directory)
{
    if (g_logger || !QDir().mkpath(directory))
        return;
    g_path = QDir(directory).filePath(QStringLiteral("draagwijzer.log"));
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_path.toStdString(), 2 * 1024 * 1024, 5);
        g_logger = std::make_shared<spdlog::logger>("draagwijzer", sink);
        g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l %v");
        g_logger->flush_on(spdlog::level::info);
    } catch (const spdlog::spdlog_ex&) {
        // No log is better than no program: a read-only data folder must not stop the work.
        g_logger.reset();
        g_path.clear();
    }
}

void shutdown()
{
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
    g_path.clear();
}

void info(const char* event, std::initializer_list<Field> fields)
{
    write(spdlog::level::info, event, fields);
}

void warn(const char* event, std::initializer_list<Field> fields)
{
    write(spdlog::level::warn, event, fields);
}

QString filePath()
{
    return g_path;
}

} // namespace dw::log
