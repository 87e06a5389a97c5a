<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DelegatesSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/delegates.py" line="+194"/>
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n delegate</numerusform>
            <numerusform>%n delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Latin name(s) to check against the passport</source>
        <translation>
            <numerusform>%n Latin name to check against the passport</numerusform>
            <numerusform>%n Latin names to check against the passport</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/groups.py" line="+83"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItinerarySection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/itinerary.py" line="+154"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/main_window.py" line="+254"/>
        <source>Delete the visit “%1” with its %n delegate(s), agenda and transport? This cannot be undone; export the visit file first to keep a copy.</source>
        <translation>
            <numerusform>Delete the visit “%1” with its %n delegate, agenda and transport? This cannot be undone; export the visit file first to keep a copy.</numerusform>
            <numerusform>Delete the visit “%1” with its %n delegates, agenda and transport? This cannot be undone; export the visit file first to keep a copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/overview.py" line="+48"/>
        <source>delegate(s)</source>
        <translation>
            <numerusform>delegate</numerusform>
            <numerusform>delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>agenda item(s)</source>
        <translation>
            <numerusform>agenda item</numerusform>
            <numerusform>agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>site(s)</source>
        <translation>
            <numerusform>site</numerusform>
            <numerusform>sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>vehicle(s)</source>
        <translation>
            <numerusform>vehicle</numerusform>
            <numerusform>vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>problem(s)</source>
        <translation>
            <numerusform>problem</numerusform>
            <numerusform>problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+172"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/problems.py" line="+162"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/record_table.py" line="+251"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitesSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/sites.py" line="+82"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/staff.py" line="+70"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransportSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/transport.py" line="+297"/>
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
</TS>
