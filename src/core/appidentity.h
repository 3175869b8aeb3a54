#pragma once

namespace dw {

// Organisation and application name, shared by the app and the CLI so both find the same data folder
// (QStandardPaths::AppDataLocation) and settings.
void setApplicationIdentity();

} // namespace dw
