#pragma once

#include <QString>

#include <initializer_list>
#include <utility>

namespace dw::log {

// The application log: a rotating file in the user's data folder (logs/draagwijzer.log, 5 x 2 MB). An event is
// a fixed name and integer fields only (database ids, counts, exit codes): names, BSNs, refs, answers and free
// text cannot reach the log because the API does not take them.
using Field = std::pair<const char*, long long>;

void init(const QString& directory);
void shutdown(); // flushes and closes the file
void info(const char* event, std::initializer_list<Field> fields = {});
void warn(const char* event, std::initializer_list<Field> fields = {});
QString filePath(); // empty when not initialised

} // namespace dw::log
