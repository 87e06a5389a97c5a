<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>About</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/about.py" line="+23"/>
        <source>Plans study visits: delegates, itinerary, transport and the documents a visit needs.</source>
        <translation>Planowanie wizyt studyjnych: delegaci, program, transport i dokumenty, których wymaga wizyta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free software under the MIT licence.</source>
        <translation>Wolne oprogramowanie na licencji MIT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About studyvisit</source>
        <translation>O programie studyvisit</translation>
    </message>
</context>
<context>
    <name>AccommodationColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/accommodation.py" line="+43"/>
        <source>Delegate</source>
        <translation>Delegat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-in</source>
        <translation>Zameldowanie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check-out</source>
        <translation>Wymeldowanie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nights</source>
        <translation>Noce</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room</source>
        <translation>Pokój</translation>
    </message>
</context>
<context>
    <name>AccommodationSection</name>
    <message>
        <location line="+19"/>
        <source>Delegates with a room: %1 of %2</source>
        <translation>Delegaci z noclegiem: %1 z %2</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <location filename="../../studyvisit/ui/vocabulary.py" line="+23"/>
        <source>Arrival</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>Wizyta w terenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal</source>
        <translation>Posiłek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Przejazd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <translation>Czas wolny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../studyvisit/ui/app.py" line="+120"/>
        <source>Something went wrong inside studyvisit.</source>
        <translation>W programie studyvisit wystąpił nieoczekiwany błąd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing half-done was saved: every action is saved whole or not at all. Please report this error.</source>
        <translation>Nic nie zostało zapisane połowicznie: każda czynność zapisuje się w całości albo wcale. Prosimy zgłosić ten błąd.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../studyvisit/ui/vocabulary.py" line="-18"/>
        <source>National administration</source>
        <translation>Administracja centralna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional administration</source>
        <translation>Administracja regionalna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local administration</source>
        <translation>Administracja lokalna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Ekspert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business support institution</source>
        <translation>Instytucja otoczenia biznesu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Przedsiębiorca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academia</source>
        <translation>Nauka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location line="+54"/>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbejdżan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Białoruś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Czechy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Gruzja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kazachstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Litwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Łotwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Mołdawia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Rosja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Słowacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
</context>
<context>
    <name>DelegateColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/delegates.py" line="+75"/>
        <source>Latin name</source>
        <translation>Zapis łaciński</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name as in the passport (Latin letters)</source>
        <translation>Zapis jak w paszporcie (alfabet łaciński)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Original name</source>
        <translation>Zapis oryginalny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As written in the source, e.g. in Cyrillic</source>
        <translation>Tak jak w źródle, np. cyrylicą</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passport</source>
        <translation>Paszport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passport expiry</source>
        <translation>Ważność paszportu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dietary needs</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrival</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Departure</source>
        <translation>Wyjazd</translation>
    </message>
</context>
<context>
    <name>DelegatesSection</name>
    <message>
        <location line="-126"/>
        <source>Transliterated by the program — check against the passport</source>
        <translation>Transliteracja wykonana przez program — sprawdź z paszportem</translation>
    </message>
    <message numerus="yes">
        <location line="+171"/>
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n delegat</numerusform>
            <numerusform>%n delegatów</numerusform>
            <numerusform>%n delegatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n Latin name(s) to check against the passport</source>
        <translation>
            <numerusform>%n zapis łaciński do sprawdzenia z paszportem</numerusform>
            <numerusform>%n zapisy łacińskie do sprawdzenia z paszportem</numerusform>
            <numerusform>%n zapisów łacińskich do sprawdzenia z paszportem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/documents.py" line="+102"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formats</source>
        <translation>Formaty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it is</source>
        <translation>Opis</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location line="-80"/>
        <source>Visit file</source>
        <translation>Plik wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole visit in one file: a backup, or to start the next visit from</source>
        <translation>Cała wizyta w jednym pliku: kopia zapasowa albo punkt wyjścia dla kolejnej wizyty</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The programme for delegates, in Polish, English or Russian</source>
        <translation>Program dla delegatów po polsku, angielsku lub rosyjsku</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Badges</source>
        <translation>Identyfikatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name badges with the Latin and the original name</source>
        <translation>Identyfikatory z imieniem i nazwiskiem w zapisie łacińskim i oryginalnym</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance sheets</source>
        <translation>Listy obecności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists to sign at each event, as funders require</source>
        <translation>Listy do podpisu na każdym wydarzeniu, jakich wymagają grantodawcy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delegate list</source>
        <translation>Lista delegatów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s contact, passport and travel data</source>
        <translation>Dane kontaktowe, paszportowe i podróżne wszystkich uczestników</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transport list</source>
        <translation>Lista przejazdów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who rides which vehicle, run by run, for the drivers</source>
        <translation>Kto jedzie którym pojazdem, kurs po kursie — dla kierowców</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda for a phone&apos;s or mail program&apos;s calendar</source>
        <translation>Program wizyty do kalendarza w telefonie lub programie pocztowym</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Available</source>
        <translation>Dostępny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming in a later version</source>
        <translation>W kolejnej wersji</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location line="+59"/>
        <source>The visit file can be exported now; the printed documents come in a later version.</source>
        <translation>Plik wizyty można już wyeksportować; dokumenty do druku pojawią się w kolejnej wersji.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export visit file (JSON)…</source>
        <translation>Eksportuj plik wizyty (JSON)…</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../studyvisit/ui/vocabulary.py" line="-22"/>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
</context>
<context>
    <name>GroupColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/groups.py" line="+33"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegates</source>
        <translation>Delegaci</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Own agenda items</source>
        <translation>Własne punkty programu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items of the agenda for this group only</source>
        <translation>Punkty programu tylko dla tej grupy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupa</numerusform>
            <numerusform>%n grupy</numerusform>
            <numerusform>%n grup</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItineraryColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/itinerary.py" line="+83"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hosts</source>
        <translation>Gospodarze</translation>
    </message>
</context>
<context>
    <name>ItinerarySection</name>
    <message>
        <location line="-81"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No title in %1; shown in %2.</source>
        <translation>Brak tytułu w wersji: %1; pokazano wersję: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkty</numerusform>
            <numerusform>%n punktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../studyvisit/ui/vocabulary.py" line="-9"/>
        <source>Polish</source>
        <translation>polska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>angielska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>rosyjska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian</source>
        <translation>białoruska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>ukraińska</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studyvisit/ui/main_window.py" line="+206"/>
        <source>%1 — studyvisit</source>
        <translation>%1 — studyvisit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the problems of the plan</source>
        <translation>Pokaż problemy w planie</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete visit</source>
        <translation>Usuń wizytę</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete the visit “%1” with its %n delegate(s), agenda and transport? This cannot be undone; export the visit file first to keep a copy.</source>
        <translation>
            <numerusform>Usunąć wizytę „%1” razem z %n delegatem, programem i transportem? Tego nie można cofnąć; aby zachować kopię, najpierw wyeksportuj plik wizyty.</numerusform>
            <numerusform>Usunąć wizytę „%1” razem z %n delegatami, programem i transportem? Tego nie można cofnąć; aby zachować kopię, najpierw wyeksportuj plik wizyty.</numerusform>
            <numerusform>Usunąć wizytę „%1” razem z %n delegatami, programem i transportem? Tego nie można cofnąć; aby zachować kopię, najpierw wyeksportuj plik wizyty.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+41"/>
        <source>Export visit file</source>
        <translation>Eksport pliku wizyty</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Visit files (*.json)</source>
        <translation>Pliki wizyt (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the visit…</source>
        <translation>Odczytywanie wizyty…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the file…</source>
        <translation>Zapisywanie pliku…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting the visit file…</source>
        <translation>Eksportowanie pliku wizyty…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visit file saved: %1</source>
        <translation>Zapisano plik wizyty: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The visit file was not saved: %1</source>
        <translation>Nie zapisano pliku wizyty: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>studyvisit databases (*.sqlite3 *.db)</source>
        <translation>Bazy danych studyvisit (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be opened.</source>
        <translation>Nie można otworzyć bazy danych.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../studyvisit/ui/menus.py" line="+83"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another studyvisit database file, or start a new one</source>
        <translation>Otwórz inny plik bazy danych studyvisit albo załóż nowy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New visit…</source>
        <translation>&amp;Nowa wizyta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new, empty visit</source>
        <translation>Utwórz nową, pustą wizytę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete visit…</source>
        <translation>&amp;Usuń wizytę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen visit and everything in it</source>
        <translation>Usuń wybraną wizytę wraz z całą jej zawartością</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export visit file…</source>
        <translation>&amp;Eksportuj plik wizyty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the whole visit as one JSON file</source>
        <translation>Zapisz całą wizytę w jednym pliku JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search in this section</source>
        <translation>&amp;Szukaj w tej sekcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About studyvisit</source>
        <translation>&amp;O programie studyvisit</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/new_visit.py" line="+39"/>
        <source>New visit</source>
        <translation>Nowa wizyta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Study visit on clusters, Podlasie 2025</source>
        <translation>np. Wizyta studyjna o klastrach, Podlasie 2025</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host organisation:</source>
        <translation>&amp;Organizator:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give the visit a name.</source>
        <translation>Nadaj wizycie nazwę.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The visit ends before it starts: choose an end date on or after the start.</source>
        <translation>Wizyta kończy się przed rozpoczęciem: wybierz datę końca nie wcześniejszą niż data początku.</translation>
    </message>
</context>
<context>
    <name>OverviewColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/overview.py" line="+87"/>
        <source>Delegates</source>
        <translation>Delegaci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location line="-63"/>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Finansujący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working languages</source>
        <translation>Języki robocze</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>delegate(s)</source>
        <translation>
            <numerusform>delegat</numerusform>
            <numerusform>delegatów</numerusform>
            <numerusform>delegatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>day(s)</source>
        <translation>
            <numerusform>dzień</numerusform>
            <numerusform>dni</numerusform>
            <numerusform>dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>agenda item(s)</source>
        <translation>
            <numerusform>punkt programu</numerusform>
            <numerusform>punkty programu</numerusform>
            <numerusform>punktów programu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>site(s)</source>
        <translation>
            <numerusform>miejsce</numerusform>
            <numerusform>miejsca</numerusform>
            <numerusform>miejsc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>vehicle(s)</source>
        <translation>
            <numerusform>pojazd</numerusform>
            <numerusform>pojazdy</numerusform>
            <numerusform>pojazdów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>problem(s)</source>
        <translation>
            <numerusform>problem</numerusform>
            <numerusform>problemy</numerusform>
            <numerusform>problemów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+172"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No visit is open. Create one with File → New visit…</source>
        <translation>Nie otwarto żadnej wizyty. Utwórz ją poleceniem Plik → Nowa wizyta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegates by category</source>
        <translation>Delegaci według kategorii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegates by country</source>
        <translation>Delegaci według kraju</translation>
    </message>
</context>
<context>
    <name>ProblemColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/problems.py" line="+79"/>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Concerns</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
</context>
<context>
    <name>ProblemsSection</name>
    <message>
        <location line="-35"/>
        <source>run %1 → %2</source>
        <translation>kurs %1 → %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The plan could not be checked, so problems are not listed yet (%1).</source>
        <translation>Nie udało się sprawdzić planu, więc problemy nie są jeszcze wymienione (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click a problem to see the records it concerns.</source>
        <translation>Kliknij problem, aby zobaczyć, których pozycji dotyczy.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan not checked</source>
        <translation>Plan nie został sprawdzony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found</source>
        <translation>Nie znaleziono problemów</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../studyvisit/ui/record_table.py" line="+187"/>
        <source>Search…</source>
        <translation>Szukaj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the rows that contain every word typed here</source>
        <translation>Pokazuje wiersze zawierające każde wpisane tu słowo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fit columns to contents</source>
        <translation>Dopasuj szerokość kolumn do zawartości</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 shown</source>
        <translation>widoczne: %1 z %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/transport.py" line="+186"/>
        <source>Departs</source>
        <translation>Odjazd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arrives</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vehicle</source>
        <translation>Pojazd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <translation>Dokąd</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>People / seats</source>
        <translation>Osoby / miejsca</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who rides</source>
        <translation>Kto jedzie</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../studyvisit/ui/sections/accommodation.py" line="-12"/>
        <source>Accommodation</source>
        <translation>Noclegi</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/delegates.py" line="-37"/>
        <source>Delegates</source>
        <translation>Delegaci</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/documents.py" line="-33"/>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/groups.py" line="-22"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/itinerary.py" line="-16"/>
        <source>Itinerary</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/overview.py" line="-128"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/problems.py" line="-63"/>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/sites.py" line="+68"/>
        <source>Sites</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/staff.py" line="+56"/>
        <source>Staff</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/transport.py" line="+10"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../studyvisit/ui/vocabulary.py" line="-10"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
</context>
<context>
    <name>SiteColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/sites.py" line="-32"/>
        <source>Site</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agenda items</source>
        <translation>Punkty programu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>SiteKind</name>
    <message>
        <location filename="../../studyvisit/ui/vocabulary.py" line="-12"/>
        <source>Venue</source>
        <translation>Miejsce spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurant</source>
        <translation>Restauracja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Biuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Dworzec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Airport</source>
        <translation>Lotnisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>SitesSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/sites.py" line="+20"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n miejsce</numerusform>
            <numerusform>%n miejsca</numerusform>
            <numerusform>%n miejsc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/staff.py" line="-23"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drives</source>
        <translation>Prowadzi pojazd</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <location filename="../../studyvisit/ui/vocabulary.py" line="-15"/>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Tłumacz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Kierowca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Gospodarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Prasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message numerus="yes">
        <location filename="../../studyvisit/ui/sections/staff.py" line="+20"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../studyvisit/ui/tasks.py" line="+133"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working…</source>
        <translation>Trwa praca…</translation>
    </message>
</context>
<context>
    <name>TransportSection</name>
    <message>
        <location filename="../../studyvisit/ui/sections/transport.py" line="-123"/>
        <source>People: %1 · passenger seats: %2</source>
        <translation>Osoby: %1 · miejsca dla pasażerów: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More people than seats: split the run or take a bigger vehicle.</source>
        <translation>Więcej osób niż miejsc: podziel kurs albo weź większy pojazd.</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n pojazd</numerusform>
            <numerusform>%n pojazdy</numerusform>
            <numerusform>%n pojazdów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n kurs</numerusform>
            <numerusform>%n kursy</numerusform>
            <numerusform>%n kursów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vehicles</source>
        <translation>Pojazdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Kursy</translation>
    </message>
</context>
<context>
    <name>VehicleColumns</name>
    <message>
        <location line="-164"/>
        <source>Vehicle</source>
        <translation>Pojazd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plate</source>
        <translation>Nr rejestracyjny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seats</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passenger seats, the driver&apos;s excluded</source>
        <translation>Miejsca dla pasażerów, bez miejsca kierowcy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>Kursy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Driver</source>
        <translation>Kierowca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator</source>
        <translation>Przewoźnik</translation>
    </message>
</context>
<context>
    <name>VisitSwitcher</name>
    <message>
        <location filename="../../studyvisit/ui/visit_switcher.py" line="+20"/>
        <location line="+69"/>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Visit:</source>
        <translation>&amp;Wizyta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visit the sections below show</source>
        <translation>Wizyta, którą pokazują sekcje poniżej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visits yet</source>
        <translation>Nie ma jeszcze żadnej wizyty</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../studyvisit/ui/vocabulary.py" line="+95"/>
        <source>(not set)</source>
        <translation>(nie podano)</translation>
    </message>
</context>
</TS>
