<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccommodationSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/accommodation.py" line="+166"/>
        <source>Book %Ln delegate(s)</source>
        <translation>
            <numerusform>Book %Ln delegate</numerusform>
            <numerusform>Book %Ln delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Cancel %Ln stay(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Cancel %Ln stay? Edit → Undo brings them back.</numerusform>
            <numerusform>Cancel %Ln stays? Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Cancel %Ln stay(s)</source>
        <translation>
            <numerusform>Cancel %Ln stay</numerusform>
            <numerusform>Cancel %Ln stays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkGroupsDialog</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/dialogs/bulk_groups.py" line="+38"/>
        <source>%Ln delegate(s) selected. Tick the groups:</source>
        <translation>
            <numerusform>%Ln delegate selected. Tick the groups:</numerusform>
            <numerusform>%Ln delegates selected. Tick the groups:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegatesSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/delegates.py" line="+329"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>%Ln delegate</numerusform>
            <numerusform>%Ln delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln Latin name(s) to check against the passport</source>
        <translation>
            <numerusform>%Ln Latin name to check against the passport</numerusform>
            <numerusform>%Ln Latin names to check against the passport</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>Delete %Ln selected delegate(s)?</source>
        <translation>
            <numerusform>Delete %Ln selected delegate?</numerusform>
            <numerusform>Delete %Ln selected delegates?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Delete %Ln delegate(s)</source>
        <translation>
            <numerusform>Delete %Ln delegate</numerusform>
            <numerusform>Delete %Ln delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Add %Ln delegate(s) to groups</source>
        <translation>
            <numerusform>Add %Ln delegate to groups</numerusform>
            <numerusform>Add %Ln delegates to groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Set the groups of %Ln delegate(s)</source>
        <translation>
            <numerusform>Set the groups of %Ln delegate</numerusform>
            <numerusform>Set the groups of %Ln delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Take %Ln delegate(s) out of groups</source>
        <translation>
            <numerusform>Take %Ln delegate out of groups</numerusform>
            <numerusform>Take %Ln delegates out of groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Set the category of %Ln delegate(s)</source>
        <translation>
            <numerusform>Set the category of %Ln delegate</numerusform>
            <numerusform>Set the category of %Ln delegates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/groups.py" line="+257"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItinerarySection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/itinerary.py" line="+265"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+194"/>
        <source>Duplicate %Ln agenda item(s)</source>
        <translation>
            <numerusform>Duplicate %Ln agenda item</numerusform>
            <numerusform>Duplicate %Ln agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Delete %Ln agenda item(s)</source>
        <translation>
            <numerusform>Delete %Ln agenda item</numerusform>
            <numerusform>Delete %Ln agenda items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/main_window.py" line="+592"/>
        <source>Delete the visit “%1” with its %Ln delegate(s), agenda and transport? This cannot be undone; export the visit file first to keep a copy.</source>
        <translation>
            <numerusform>Delete the visit “%1” with its %Ln delegate, agenda and transport? This cannot be undone; export the visit file first to keep a copy.</numerusform>
            <numerusform>Delete the visit “%1” with its %Ln delegates, agenda and transport? This cannot be undone; export the visit file first to keep a copy.</numerusform>
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
        <location line="+182"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/problems.py" line="+210"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/record_table.py" line="+482"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitesSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/sites.py" line="+186"/>
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln travel time(s) entered</source>
        <translation>
            <numerusform>%Ln travel time entered</numerusform>
            <numerusform>%Ln travel times entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/staff.py" line="+212"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransportSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/transport.py" line="+232"/>
        <source>%Ln vehicle(s)</source>
        <translation>
            <numerusform>%Ln vehicle</numerusform>
            <numerusform>%Ln vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln run(s) with more people than seats</source>
        <translation>
            <numerusform>%Ln run with more people than seats</numerusform>
            <numerusform>%Ln runs with more people than seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+196"/>
        <source>Delete %Ln run(s)?</source>
        <translation>
            <numerusform>Delete %Ln run?</numerusform>
            <numerusform>Delete %Ln runs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Accept %Ln proposed run(s)</source>
        <translation>
            <numerusform>Accept %Ln proposed run</numerusform>
            <numerusform>Accept %Ln proposed runs</numerusform>
        </translation>
    </message>
</context>
</TS>
