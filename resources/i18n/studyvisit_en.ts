<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccommodationSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/accommodation.py" line="+174"/>
        <source>Book %n delegate(s)</source>
        <translation>
            <numerusform>Book %n delegate</numerusform>
            <numerusform>Book %n delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Cancel %n stay(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Cancel %n stay? Edit → Undo brings them back.</numerusform>
            <numerusform>Cancel %n stays? Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Cancel %n stay(s)</source>
        <translation>
            <numerusform>Cancel %n stay</numerusform>
            <numerusform>Cancel %n stays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkGroupsDialog</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/dialogs/bulk_groups.py" line="+38"/>
        <source>%n delegate(s) selected. Tick the groups:</source>
        <translation>
            <numerusform>%n delegate selected. Tick the groups:</numerusform>
            <numerusform>%n delegates selected. Tick the groups:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegatesSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/delegates.py" line="+366"/>
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
    <message numerus="yes">
        <location line="+125"/>
        <source>Delete %n selected delegate(s)?</source>
        <translation>
            <numerusform>Delete %n selected delegate?</numerusform>
            <numerusform>Delete %n selected delegates?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Delete %n delegate(s)</source>
        <translation>
            <numerusform>Delete %n delegate</numerusform>
            <numerusform>Delete %n delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Add %n delegate(s) to groups</source>
        <translation>
            <numerusform>Add %n delegate to groups</numerusform>
            <numerusform>Add %n delegates to groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Set the groups of %n delegate(s)</source>
        <translation>
            <numerusform>Set the groups of %n delegate</numerusform>
            <numerusform>Set the groups of %n delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Take %n delegate(s) out of groups</source>
        <translation>
            <numerusform>Take %n delegate out of groups</numerusform>
            <numerusform>Take %n delegates out of groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Set the category of %n delegate(s)</source>
        <translation>
            <numerusform>Set the category of %n delegate</numerusform>
            <numerusform>Set the category of %n delegates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/groups.py" line="+258"/>
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
        <location filename="../../studyvisit/ui/sections/itinerary.py" line="+264"/>
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
    <message numerus="yes">
        <location line="+192"/>
        <source>Duplicate %n agenda item(s)</source>
        <translation>
            <numerusform>Duplicate %n agenda item</numerusform>
            <numerusform>Duplicate %n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Delete %n agenda item(s)</source>
        <translation>
            <numerusform>Delete %n agenda item</numerusform>
            <numerusform>Delete %n agenda items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/main_window.py" line="+560"/>
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
        <location filename="../../studyvisit/ui/sections/overview.py" line="+49"/>
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
        <location line="+181"/>
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
        <location filename="../../studyvisit/ui/sections/problems.py" line="+210"/>
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
        <location filename="../../studyvisit/ui/record_table.py" line="+446"/>
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
        <location filename="../../studyvisit/ui/sections/sites.py" line="+185"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n travel time(s) entered</source>
        <translation>
            <numerusform>%n travel time entered</numerusform>
            <numerusform>%n travel times entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/staff.py" line="+210"/>
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
        <location filename="../../studyvisit/ui/sections/transport.py" line="+231"/>
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
    <message numerus="yes">
        <location line="+4"/>
        <source>%n run(s) with more people than seats</source>
        <translation>
            <numerusform>%n run with more people than seats</numerusform>
            <numerusform>%n runs with more people than seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+192"/>
        <source>Delete %n run(s)?</source>
        <translation>
            <numerusform>Delete %n run?</numerusform>
            <numerusform>Delete %n runs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Accept %n proposed run(s)</source>
        <translation>
            <numerusform>Accept %n proposed run</numerusform>
            <numerusform>Accept %n proposed runs</numerusform>
        </translation>
    </message>
</context>
</TS>
