#pragma once

namespace truc2 {

/// Tells the C library, before anything reads the time, to take the system's time zone from
/// /etc/localtime once, when TZ is not set. Without it glibc looks at that file again (a stat)
/// at every conversion of a local time, and a survey import converts one per response: 100,000
/// file lookups, a fifth of its reading. The cost is that a change of the machine's time zone
/// is seen at the next start. Qt reads ":/etc/localtime" as the system's zone, as when TZ is
/// not set. Call it first thing in main().
void settleTimeZone();

} // namespace truc2
