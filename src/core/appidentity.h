#pragma once

#include <QString>

namespace dw {

// Organisation and application name, shared by the app and the CLI so both find the same data folder
// (QStandardPaths::AppDataLocation) and settings. The application version is versionText().
void setApplicationIdentity();

// The git commit the program was built from ("5f6cdfc", "5f6cdfc-dirty"). Only the executables link the generated
// gitcommit.cpp that sets it (before main), so tests and builds outside git have none.
void setBuildCommit(const char* commit);
QString buildCommit();

// The version from CMake's project(VERSION), with the commit where there is one: "0.1.0 (commit 5f6cdfc)", "0.1.0".
QString versionText();

} // namespace dw
