#pragma once

#include <QString>

namespace truc2::ui {

/// Where a school is to be opened: a file path, or a server address (postgresql://…) with the
/// password typed for it. The password lives in memory only: it is never written to the
/// preferences, and the keyring keeps it only when the user asked.
struct SchoolLocation
{
    QString location;
    QString password = {};

    bool isEmpty() const { return location.isEmpty(); }
};

} // namespace truc2::ui
