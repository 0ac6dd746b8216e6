<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AgentCommands</name>
    <message numerus="yes">
        <source>Reactivate %n agent(s)</source>
        <translation>
            <numerusform>Reactivate %n agent</numerusform>
            <numerusform>Reactivate %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)</source>
        <translation>
            <numerusform>Deactivate %n agent</numerusform>
            <numerusform>Deactivate %n agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message numerus="yes">
        <source>Participants (%n registered)</source>
        <translation>
            <numerusform>Participants (%n registered)</numerusform>
            <numerusform>Participants (%n registered)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attestation</name>
    <message numerus="yes">
        <source>Total: %n session(s)</source>
        <translation>
            <numerusform>Total: %n session</numerusform>
            <numerusform>Total: %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>%1 registered for %n seat(s)</source>
        <translation>
            <numerusform>%1 registered for %n seat</numerusform>
            <numerusform>%1 registered for %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n on the waiting list</numerusform>
            <numerusform>%n on the waiting list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueBrochure</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problem found: %n agent(s) in the directory.</source>
        <translation>
            <numerusform>No problem found: %n agent in the directory.</numerusform>
            <numerusform>No problem found: %n agents in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n session written to %1.</numerusform>
            <numerusform>%n sessions written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance sheet of %1 (%n registrant(s)) written to %2.</source>
        <translation>
            <numerusform>Attendance sheet of %1 (%n registrant) written to %2.</numerusform>
            <numerusform>Attendance sheet of %1 (%n registrants) written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message numerus="yes">
        <source>%1, %2: %n participants</source>
        <translation>
            <numerusform>%1, %2: %n participant</numerusform>
            <numerusform>%1, %2: %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions held</source>
        <translation>
            <numerusform>%n session held</numerusform>
            <numerusform>%n sessions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sessions</source>
        <translation>
            <numerusform>%1: %n session</numerusform>
            <numerusform>%1: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End of %1: %n agents reached</source>
        <translation>
            <numerusform>End of %1: %n agent reached</numerusform>
            <numerusform>End of %1: %n agents reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n agents reached (%3)</source>
        <translation>
            <numerusform>%1: %2 of %n agent reached (%3)</numerusform>
            <numerusform>%1: %2 of %n agents reached (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions with %1 directions present</source>
        <translation>
            <numerusform>%n session with %1 directions present</numerusform>
            <numerusform>%n sessions with %1 directions present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: useful skills %2 (%3 yes of %n answers)</source>
        <translation>
            <numerusform>%1: useful skills %2 (%3 yes of %n answer)</numerusform>
            <numerusform>%1: useful skills %2 (%3 yes of %n answers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers, response rate %1</source>
        <translation>
            <numerusform>%n answer, response rate %1</numerusform>
            <numerusform>%n answers, response rate %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a duration in training days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresReport</name>
    <message numerus="yes">
        <source>(%n participants in total)</source>
        <translation>
            <numerusform>(%n participant in total)</numerusform>
            <numerusform>(%n participants in total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n participants)</source>
        <translation>
            <numerusform>(%n participant)</numerusform>
            <numerusform>(%n participants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n animators.</source>
        <translation>
            <numerusform>%n animator.</numerusform>
            <numerusform>%n animators.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactReport</name>
    <message numerus="yes">
        <source>%n agent(s) reached, that is %1 of the %2 permanent agents.</source>
        <translation>
            <numerusform>%n agent reached, that is %1 of the %2 permanent agents.</numerusform>
            <numerusform>%n agents reached, that is %1 of the %2 permanent agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) reached.</source>
        <translation>
            <numerusform>%n agent reached.</numerusform>
            <numerusform>%n agents reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table “%1” (%n row(s)) is in the spreadsheet exports (XLSX, CSV).</source>
        <translation>
            <numerusform>The table “%1” (%n row) is in the spreadsheet exports (XLSX, CSV).</numerusform>
            <numerusform>The table “%1” (%n rows) is in the spreadsheet exports (XLSX, CSV).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct agent(s) attended at least one session: %1 of the %2 permanent agents.</source>
        <translation>
            <numerusform>%n distinct agent attended at least one session: %1 of the %2 permanent agents.</numerusform>
            <numerusform>%n distinct agents attended at least one session: %1 of the %2 permanent agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct agent(s) attended at least one session.</source>
        <translation>
            <numerusform>%n distinct agent attended at least one session.</numerusform>
            <numerusform>%n distinct agents attended at least one session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n animator(s) led the sessions of the period.</source>
        <translation>
            <numerusform>%n animator led the sessions of the period.</numerusform>
            <numerusform>%n animators led the sessions of the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The school thanks the %n animator(s) who led its sessions: %1.</source>
        <translation>
            <numerusform>The school thanks the %n animator who led its sessions: %1.</numerusform>
            <numerusform>The school thanks the %n animators who led its sessions: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them animated for the first time.</source>
        <translation>
            <numerusform>%n of them animated for the first time.</numerusform>
            <numerusform>%n of them animated for the first time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolCopier</name>
    <message numerus="yes">
        <source>%1 already holds a school (%n row(s) in table %2): copy only into a new file or an empty database.</source>
        <translation>
            <numerusform>%1 already holds a school (%n row in table %2): copy only into a new file or an empty database.</numerusform>
            <numerusform>%1 already holds a school (%n rows in table %2): copy only into a new file or an empty database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingAttestation</name>
    <message numerus="yes">
        <source>Attended %n of %1 half-days</source>
        <comment>partial attendance</comment>
        <translation>
            <numerusform>Attended %n of %1 half-days</numerusform>
            <numerusform>Attended %n of %1 half-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <comment>training days of 7 hours</comment>
        <translation>
            <numerusform>%1 day</numerusform>
            <numerusform>%1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::AgentHistoryModel</name>
    <message numerus="yes">
        <source>%n session(s) attended</source>
        <translation>
            <numerusform>%n session attended</numerusform>
            <numerusform>%n sessions attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) animated</source>
        <translation>
            <numerusform>%n session animated</numerusform>
            <numerusform>%n sessions animated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n half-day(s))</source>
        <comment>present (3 of 4 half-days)</comment>
        <translation>
            <numerusform>%1 (%2 of %n half-day)</numerusform>
            <numerusform>%1 (%2 of %n half-days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::AnimatorTableModel</name>
    <message numerus="yes">
        <source>Only %n answer(s): a mean of fewer than %1 answers is not shown.</source>
        <translation>
            <numerusform>Only %n answer: a mean of fewer than %1 answers is not shown.</numerusform>
            <numerusform>Only %n answers: a mean of fewer than %1 answers is not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean satisfaction of %n answer(s)</source>
        <translation>
            <numerusform>Mean satisfaction of %n answer</numerusform>
            <numerusform>Mean satisfaction of %n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::HalfDay</name>
    <message numerus="yes">
        <source>%n half-day(s): %1</source>
        <translation>
            <numerusform>%n half-day: %1</numerusform>
            <numerusform>%n half-days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::PendingAttendanceModel</name>
    <message numerus="yes">
        <source>Attendance of %n registrant(s), held status</source>
        <translation>
            <numerusform>Attendance of %n registrant, held status</numerusform>
            <numerusform>Attendance of %n registrants, held status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance of %n registrant(s)</source>
        <translation>
            <numerusform>Attendance of %n registrant</numerusform>
            <numerusform>Attendance of %n registrants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::Recurrence</name>
    <message numerus="yes">
        <source>%1 every %n months</source>
        <comment>the day in the month</comment>
        <translation>
            <numerusform>%1 every %n month</numerusform>
            <numerusform>%1 every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks on %1</source>
        <comment>weekdays</comment>
        <translation>
            <numerusform>every %n week on %1</numerusform>
            <numerusform>every %n weeks on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::SurveySessionTableModel</name>
    <message numerus="yes">
        <source>Only %n answer(s): a mean of fewer than %1 answers is not shown.</source>
        <translation>
            <numerusform>Only %n answer: a mean of fewer than %1 answers is not shown.</numerusform>
            <numerusform>Only %n answers: a mean of fewer than %1 answers is not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean satisfaction of %n answer(s), on a scale from 0 to 100 %</source>
        <translation>
            <numerusform>Mean satisfaction of %n answer, on a scale from 0 to 100 %</numerusform>
            <numerusform>Mean satisfaction of %n answers, on a scale from 0 to 100 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n answer(s): a rate of fewer than %1 answers is not shown.</source>
        <translation>
            <numerusform>Only %n answer: a rate of fewer than %1 answers is not shown.</numerusform>
            <numerusform>Only %n answers: a rate of fewer than %1 answers is not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 yes of %n answer(s) yes or no</source>
        <translation>
            <numerusform>%1 yes of %n answer yes or no</numerusform>
            <numerusform>%1 yes of %n answers yes or no</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::AgentImportDialog</name>
    <message numerus="yes">
        <source>&amp;Deactivate the %n agent(s) missing from this file (a full export)</source>
        <translation>
            <numerusform>&amp;Deactivate the %n agent missing from this file (a full export)</numerusform>
            <numerusform>&amp;Deactivate the %n agents missing from this file (a full export)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new agent(s)</source>
        <translation>
            <numerusform>%n new agent</numerusform>
            <numerusform>%n new agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n deactivated</numerusform>
            <numerusform>%n deactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out</source>
        <translation>
            <numerusform>%n line left out</numerusform>
            <numerusform>%n lines left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) missing from this file will be deactivated. They stay in the directory, with their history, and can be reactivated. Deactivate them?</source>
        <translation>
            <numerusform>%n agent missing from this file will be deactivated. They stay in the directory, with their history, and can be reactivated. Deactivate them?</numerusform>
            <numerusform>%n agents missing from this file will be deactivated. They stay in the directory, with their history, and can be reactivated. Deactivate them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::AgentsPage</name>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)? They stay in the history of past sessions but can no longer be registered.</source>
        <translation>
            <numerusform>Deactivate %n agent? They stay in the history of past sessions but can no longer be registered.</numerusform>
            <numerusform>Deactivate %n agents? They stay in the history of past sessions but can no longer be registered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::AnimatorsPage</name>
    <message numerus="yes">
        <source>%n animator(s)</source>
        <translation>
            <numerusform>%n animator</numerusform>
            <numerusform>%n animators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n external speaker(s)</source>
        <translation>
            <numerusform>%n external speaker</numerusform>
            <numerusform>%n external speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n session held</numerusform>
            <numerusform>%n sessions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to come</source>
        <translation>
            <numerusform>%n session to come</numerusform>
            <numerusform>%n sessions to come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n row(s) shown</source>
        <translation>
            <numerusform>%1 — %2 of %n row shown</numerusform>
            <numerusform>%1 — %2 of %n rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::AttendancePanel</name>
    <message numerus="yes">
        <source>%1 present out of %n registered</source>
        <translation>
            <numerusform>%1 present out of %n registered</numerusform>
            <numerusform>%1 present out of %n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n walk-in</numerusform>
            <numerusform>%n walk-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excused</numerusform>
            <numerusform>%n excused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not entered</source>
        <translation>
            <numerusform>%n not entered</numerusform>
            <numerusform>%n not entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n counted without names)</source>
        <translation>
            <numerusform>(%n counted without a name)</numerusform>
            <numerusform>(%n counted without names)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::CataloguePage</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n agents reached; no permanent headcount is known for this year (settings).</source>
        <translation>
            <numerusform>%n agent reached; no permanent headcount is known for this year (settings).</numerusform>
            <numerusform>%n agents reached; no permanent headcount is known for this year (settings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents reached of a permanent headcount of %1: %2.</source>
        <translation>
            <numerusform>%n agent reached of a permanent headcount of %1: %2.</numerusform>
            <numerusform>%n agents reached of a permanent headcount of %1: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::GroupMembersDialog</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1</source>
        <translation>
            <numerusform>Remove %n member from %1</numerusform>
            <numerusform>Remove %n members from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::MixingHeatMap</name>
    <message numerus="yes">
        <source>%1 was present at %n sessions</source>
        <translation>
            <numerusform>%1 was present at %n session</numerusform>
            <numerusform>%1 was present at %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 met at %n sessions</source>
        <translation>
            <numerusform>%1 and %2 met at %n session</numerusform>
            <numerusform>%1 and %2 met at %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::PendingAttendanceWidget</name>
    <message numerus="yes">
        <source>Every session of the last %n day(s) has its attendance.</source>
        <translation>
            <numerusform>Every session of the last %n day has its attendance.</numerusform>
            <numerusform>Every session of the last %n days has its attendance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past session(s) wait for their attendance: double-click one to enter it.</source>
        <translation>
            <numerusform>%n past session waits for its attendance: double-click it to enter it.</numerusform>
            <numerusform>%n past sessions wait for their attendance: double-click one to enter it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::ProgrammePage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by the filters</source>
        <translation>
            <numerusform>%n hidden by the filters</numerusform>
            <numerusform>%n hidden by the filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::RegistrationsPanel</name>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n on the waiting list</numerusform>
            <numerusform>%n on the waiting list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counted without names</source>
        <translation>
            <numerusform>%n counted without a name</numerusform>
            <numerusform>%n counted without names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) copied: paste them among the recipients of a mail.</source>
        <translation>
            <numerusform>%n address copied: paste it among the recipients of a mail.</numerusform>
            <numerusform>%n addresses copied: paste them among the recipients of a mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::SessionActions</name>
    <message numerus="yes">
        <source>This session belongs to a series of %n session(s) from this one on. Change this session only, or this one and the rest of the series?</source>
        <translation>
            <numerusform>This session belongs to a series of %n session from this one on. Change this session only, or this one and the rest of the series?</numerusform>
            <numerusform>This session belongs to a series of %n sessions from this one on. Change this session only, or this one and the rest of the series?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n session(s) of the series</source>
        <translation>
            <numerusform>Change %n session of the series</numerusform>
            <numerusform>Change %n sessions of the series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1. Import this file in Outlook or Thunderbird; a later export of the same sessions updates them.</source>
        <translation>
            <numerusform>%n session written to %1. Import this file in Outlook or Thunderbird; a later export of the same session updates it.</numerusform>
            <numerusform>%n sessions written to %1. Import this file in Outlook or Thunderbird; a later export of the same sessions updates them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::SessionDialog</name>
    <message numerus="yes">
        <source>%n half-day(s)</source>
        <translation>
            <numerusform>%n half-day</numerusform>
            <numerusform>%n half-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will be created.</source>
        <translation>
            <numerusform>%n session will be created.</numerusform>
            <numerusform>%n sessions will be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) fall on days the school is closed and will be left out: %1.</source>
        <translation>
            <numerusform>%n date falls on a day the school is closed and will be left out: %1.</numerusform>
            <numerusform>%n dates fall on days the school is closed and will be left out: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>truc2::ui::SurveysPage</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
</TS>
