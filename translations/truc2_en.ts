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
    <name>truc2::ui::CataloguePage</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
</TS>
