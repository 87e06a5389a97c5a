<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>About</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/about.py" line="+30"/>
        <source>Plans study visits: delegates, itinerary, transport and the documents a visit needs.</source>
        <translation>Planowanie wizyt studyjnych: delegaci, program, transport i dokumenty, których wymaga wizyta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free software under the MIT licence.</source>
        <translation>Wolne oprogramowanie na licencji MIT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents are set in %1 (Bitstream Vera licence, DejaVu changes in the public domain: free to use, copy and share, also inside the PDFs). The licence text is under Show Details.</source>
        <translation>Dokumenty są składane krojem %1 (licencja Bitstream Vera, zmiany DejaVu w domenie publicznej: można go swobodnie używać, kopiować i rozpowszechniać, także wewnątrz plików PDF). Tekst licencji jest dostępny pod przyciskiem Pokaż szczegóły.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>About studyvisit</source>
        <translation>O programie studyvisit</translation>
    </message>
</context>
<context>
    <name>AccommodationColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/accommodation.py" line="+61"/>
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
        <location line="+7"/>
        <source>Room</source>
        <translation>Pokój</translation>
    </message>
</context>
<context>
    <name>AccommodationSection</name>
    <message>
        <location line="-44"/>
        <source>Room of %1</source>
        <translation>Pokój (%1)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&amp;Book rooms…</source>
        <translation>&amp;Zarezerwuj pokoje…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book delegates into a hotel; nights they had elsewhere are given up (Ctrl+N)</source>
        <translation>Zarezerwuj delegatom noclegi w hotelu; noclegi, które mieli gdzie indziej, zostaną zwolnione (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel stays</source>
        <translation>&amp;Anuluj pobyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected stays (Delete)</source>
        <translation>Anuluj zaznaczone pobyty (Delete)</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Book %Ln delegate(s)</source>
        <translation>
            <numerusform>Zarezerwuj nocleg dla %Ln delegata</numerusform>
            <numerusform>Zarezerwuj noclegi dla %Ln delegatów</numerusform>
            <numerusform>Zarezerwuj noclegi dla %Ln delegatów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel stays</source>
        <translation>Anuluj pobyty</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cancel %Ln stay(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Anulować %Ln pobyt? Można to cofnąć poleceniem Edycja → Cofnij.</numerusform>
            <numerusform>Anulować %Ln pobyty? Można to cofnąć poleceniem Edycja → Cofnij.</numerusform>
            <numerusform>Anulować %Ln pobytów? Można to cofnąć poleceniem Edycja → Cofnij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Cancel %Ln stay(s)</source>
        <translation>
            <numerusform>Anuluj %Ln pobyt</numerusform>
            <numerusform>Anuluj %Ln pobyty</numerusform>
            <numerusform>Anuluj %Ln pobytów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delegates with a room: %1 of %2</source>
        <translation>Delegaci z noclegiem: %1 z %2</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/agenda_item.py" line="+87"/>
        <source>Edit agenda item</source>
        <translation>Edytuj punkt programu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New agenda item</source>
        <translation>Nowy punkt programu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no site)</source>
        <translation>(bez miejsca)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One host per line</source>
        <translation>Jeden gospodarz w wierszu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title (%1):</source>
        <translation>Tytuł (wersja %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarts:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No group ticked: the item is for everyone.</source>
        <translation>Nie zaznaczono żadnej grupy: punkt jest dla wszystkich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupy:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hosts:</source>
        <translation>Gospo&amp;darze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Give the item a title in at least one language.</source>
        <translation>Nadaj punktowi tytuł w co najmniej jednym języku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item must end after it starts (%1 is not after %2).</source>
        <translation>Punkt musi kończyć się po rozpoczęciu (%1 nie jest później niż %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An agenda item cannot last more than a day; split it into days.</source>
        <translation>Punkt programu nie może trwać dłużej niż dobę; podziel go na dni.</translation>
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
        <location filename="../../studyvisit/ui/app.py" line="+197"/>
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
    <name>BadgeLayouts</name>
    <message>
        <location filename="../../studyvisit/ui/document_badge_options.py" line="+47"/>
        <source>A4, 8 cards 90 × 55 mm, crop marks</source>
        <translation>A4, 8 kart 90 × 55 mm, znaczniki cięcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A6 portrait, one per page (lanyard pouch)</source>
        <translation>A6 pionowo, jeden na stronę (etui na smycz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 cut in four A6 badges (lanyard pouch)</source>
        <translation>A4 cięte na cztery identyfikatory A6 (etui na smycz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avery L4785 labels 80 × 50 mm, 10 per A4</source>
        <translation>Etykiety Avery L4785 80 × 50 mm, 10 na arkuszu A4</translation>
    </message>
</context>
<context>
    <name>BadgeOptions</name>
    <message>
        <location line="+4"/>
        <source>Contact card (vCard)</source>
        <translation>Wizytówka (vCard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card without e-mail and phone</source>
        <translation>Wizytówka bez e-maila i telefonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delegate&apos;s id</source>
        <translation>ID delegata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No QR code</source>
        <translation>Bez kodu QR</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Badges</source>
        <translation>Identyfikatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Układ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the &amp;back side too</source>
        <translation>Drukuj też &amp;tylną stronę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After each page of fronts, a page of backs with the agenda summary and contacts, placed for double-sided printing (flip on the long edge).</source>
        <translation>Po każdej stronie z przodami identyfikatorów drukowana jest strona z tyłami (skrócony program i kontakty), ułożona do druku dwustronnego (odwracanie wzdłuż dłuższej krawędzi).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges for the &amp;staff too</source>
        <translation>Identyfikatory także dla &amp;personelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff badges are made with the whole visit&apos;s badges only.</source>
        <translation>Identyfikatory personelu powstają tylko razem z identyfikatorami całej wizyty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank badges to fill &amp;in:</source>
        <translation>Puste identyfikatory do &amp;wypełnienia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code:</source>
        <translation>Kod &amp;QR:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo images:</source>
        <translation>Obrazy logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;logo…</source>
        <translation>Dodaj &amp;logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge layout</source>
        <translation>Układ identyfikatora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the back side</source>
        <translation>Drukuj tylną stronę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges for the staff too</source>
        <translation>Identyfikatory także dla personelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of blank badges</source>
        <translation>Liczba pustych identyfikatorów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code on the badges</source>
        <translation>Kod QR na identyfikatorach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo images on the badges</source>
        <translation>Obrazy logo na identyfikatorach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a logo image</source>
        <translation>Dodaj obraz logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen logo image</source>
        <translation>Usuń wybrany obraz logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of a sample badge in the chosen layout</source>
        <translation>Podgląd przykładowego identyfikatora w wybranym układzie</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 per page, badge %2 × %3 mm</source>
        <translation>%1 na stronę, identyfikator %2 × %3 mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no back side</source>
        <translation>bez tylnej strony</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose logo images</source>
        <translation>Wybierz obrazy logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No preview: %1</source>
        <translation>Brak podglądu: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No preview: install Poppler (pdftoppm) to see the layout here.</source>
        <translation>Brak podglądu: zainstaluj Poppler (pdftoppm), aby zobaczyć tu układ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample badge, front and back</source>
        <translation>Przykładowy identyfikator, przód i tył</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample badge</source>
        <translation>Przykładowy identyfikator</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/bulk_booking.py" line="+45"/>
        <source>Book rooms</source>
        <translation>Rezerwacja pokoi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;in:</source>
        <translation>&amp;Zameldowanie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>&amp;Wymeldowanie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>&amp;Pokój:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegates (select one or more rows):</source>
        <translation>Delegaci (zaznacz jeden lub więcej wierszy):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The visit has no sites yet: add the hotel in Sites.</source>
        <translation>Wizyta nie ma jeszcze miejsc: dodaj hotel w sekcji Miejsca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-out must be after check-in (at least one night).</source>
        <translation>Wymeldowanie musi nastąpić po zameldowaniu (co najmniej jedna noc).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the delegates to book.</source>
        <translation>Zaznacz delegatów do zakwaterowania.</translation>
    </message>
</context>
<context>
    <name>BulkGroupsDialog</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/bulk_groups.py" line="+36"/>
        <source>Groups of the selected delegates</source>
        <translation>Grupy zaznaczonych delegatów</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln delegate(s) selected. Tick the groups:</source>
        <translation>
            <numerusform>Wybrano %Ln delegata. Zaznacz grupy:</numerusform>
            <numerusform>Wybrano %Ln delegatów. Zaznacz grupy:</numerusform>
            <numerusform>Wybrano %Ln delegatów. Zaznacz grupy:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add them to the ticked groups (they stay in their other groups)</source>
        <translation>&amp;Dodaj ich do zaznaczonych grup (pozostaną w swoich innych grupach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set their groups to exactly the ticked ones</source>
        <translation>&amp;Ustaw im dokładnie zaznaczone grupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take them out of the ticked groups</source>
        <translation>&amp;Wypisz ich z zaznaczonych grup</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This visit has no groups yet: add them in Groups.</source>
        <translation>Ta wizyta nie ma jeszcze grup: dodaj je w sekcji Grupy.</translation>
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
    <name>CountryField</name>
    <message>
        <location filename="../../studyvisit/ui/country_field.py" line="+50"/>
        <source>Name or code (BY, PL)</source>
        <translation>Nazwa lub kod (BY, PL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the country, or type its name (English or Polish) or its two-letter code.</source>
        <translation>Wybierz kraj albo wpisz jego nazwę (po polsku lub angielsku) lub dwuliterowy kod.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Country: “%1” is not a country we know; choose one from the list or type its two-letter code (BY, PL).</source>
        <translation>Kraj: „%1” to nieznany kraj; wybierz kraj z listy albo wpisz jego dwuliterowy kod (BY, PL).</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <location filename="../../studyvisit/ui/database_backups.py" line="+39"/>
        <source>Save a copy of the whole database (every visit) to a file</source>
        <translation>Zapisz kopię całej bazy danych (wszystkich wizyt) w pliku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the database by a backup; the current data is kept aside first</source>
        <translation>Zastąp bazę danych kopią zapasową; bieżące dane zostaną najpierw zachowane osobno</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A server database is backed up with the server&apos;s own tools (for PostgreSQL: pg_dump and pg_restore).</source>
        <translation>Kopię zapasową bazy danych na serwerze wykonuje się narzędziami serwera (dla PostgreSQL: pg_dump i pg_restore).</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+29"/>
        <source>Back up database</source>
        <translation>Kopia zapasowa bazy danych</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>studyvisit databases (*.sqlite3 *.db)</source>
        <translation>Bazy danych studyvisit (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backing up the database…</source>
        <translation>Tworzenie kopii zapasowej bazy danych…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database backed up to %1</source>
        <translation>Zapisano kopię zapasową bazy danych: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup was not made: %1</source>
        <translation>Nie utworzono kopii zapasowej: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+55"/>
        <location line="+18"/>
        <source>Restore from backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>studyvisit databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bazy danych studyvisit (*.sqlite3 *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was restored: %1</source>
        <translation>Niczego nie przywrócono: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup was not restored: %1</source>
        <translation>Nie przywrócono kopii zapasowej: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored from %1; the database as it was is kept as %2</source>
        <translation>Przywrócono z %1; poprzednią wersję bazy danych zachowano jako %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace everything in the database %1 by the backup %2?

Visits in the backup: %3.

The database as it is now is kept as %4.</source>
        <translation>Zastąpić całą zawartość bazy danych %1 kopią zapasową %2?

Wizyty w kopii zapasowej: %3.

Obecna wersja bazy danych zostanie zachowana jako %4.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../studyvisit/ui/date_field.py" line="+142"/>
        <source>Choose in a calendar</source>
        <translation>Wybierz w kalendarzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the day in a calendar (Alt+Down)</source>
        <translation>Wybierz dzień w kalendarzu (Alt+Strzałka w dół)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a date and time such as %1, or choose the day in the calendar.</source>
        <translation>Wpisz datę i godzinę, np. %1, albo wybierz dzień w kalendarzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a date such as %1 or 2027-05-31, or choose it in the calendar.</source>
        <translation>Wpisz datę, np. %1 lub 2027-05-31, albo wybierz ją w kalendarzu.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Calendar: %1</source>
        <translation>Kalendarz: %1</translation>
    </message>
</context>
<context>
    <name>DelegateColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/delegates.py" line="+175"/>
        <location line="+12"/>
        <source>Latin name</source>
        <translation>Zapis łaciński</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Original name</source>
        <translation>Zapis oryginalny</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The name as in the passport (Latin letters); edit it as “Surname, Given names”</source>
        <translation>Imię i nazwisko jak w paszporcie (alfabet łaciński); wpisuj w postaci „Nazwisko, Imiona”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As written in the source, e.g. in Cyrillic; edit it as “Surname, Given names, Patronymic”</source>
        <translation>Tak jak w źródle, np. cyrylicą; wpisuj w postaci „Nazwisko, Imiona, Imię odojcowskie”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+1"/>
        <source>Passport</source>
        <translation>Paszport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passport expiry</source>
        <translation>Ważność paszportu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dietary needs</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Departure</source>
        <translation>Wyjazd</translation>
    </message>
</context>
<context>
    <name>DelegateForm</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/delegate_form.py" line="+129"/>
        <source>New delegate</source>
        <translation>Nowy delegat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegate</source>
        <translation>Delegat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegate: %1</source>
        <translation>Delegat: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name as in the source (any script)</source>
        <translation>Imię i nazwisko jak w źródle (dowolny alfabet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given names:</source>
        <translation>&amp;Imiona:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patronymic:</source>
        <translation>Imię &amp;odojcowskie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name in Latin letters (passport)</source>
        <translation>Imię i nazwisko w alfabecie łacińskim (paszport)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;urname:</source>
        <translation>Na&amp;zwisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gi&amp;ven names:</source>
        <translation>I&amp;miona:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Work</source>
        <translation>Praca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>In&amp;stytucja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posi&amp;tion:</source>
        <translation>S&amp;tanowisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cou&amp;ntry:</source>
        <translation>K&amp;raj:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dietary needs:</source>
        <translation>&amp;Dieta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Uwagi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport and travel</source>
        <translation>Paszport i podróż</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;birth:</source>
        <translation>Data &amp;urodzenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gen&amp;der:</source>
        <translation>&amp;Płeć:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport &amp;number:</source>
        <translation>Numer p&amp;aszportu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport e&amp;xpiry:</source>
        <translation>&amp;Ważność paszportu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrival:</source>
        <translation>Przy&amp;jazd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depa&amp;rture:</source>
        <translation>W&amp;yjazd:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose %1 in a calendar</source>
        <translation>Wybierz w kalendarzu: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Transliterated by the program: check it against the passport.</source>
        <translation>Transliteracja wykonana przez program: sprawdź z paszportem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typed by hand: kept as the passport form.</source>
        <translation>Wpisane ręcznie: zachowane jako zapis paszportowy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to transliterate a Cyrillic name (ICAO rules).</source>
        <translation>Pozostaw puste, aby transliterować imię i nazwisko zapisane cyrylicą (zasady ICAO).</translation>
    </message>
</context>
<context>
    <name>DelegatesSection</name>
    <message>
        <location line="-14"/>
        <location filename="../../studyvisit/ui/sections/delegates.py" line="-193"/>
        <source>Transliterated by the program — check against the passport</source>
        <translation>Transliteracja wykonana przez program — sprawdź z paszportem</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/delegates.py" line="+22"/>
        <source>Edit %1 of %2</source>
        <translation>Edytuj pole „%1” (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+263"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>%Ln delegat</numerusform>
            <numerusform>%Ln delegatów</numerusform>
            <numerusform>%Ln delegatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln Latin name(s) to check against the passport</source>
        <translation>
            <numerusform>%Ln zapis łaciński do sprawdzenia z paszportem</numerusform>
            <numerusform>%Ln zapisy łacińskie do sprawdzenia z paszportem</numerusform>
            <numerusform>%Ln zapisów łacińskich do sprawdzenia z paszportem</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add delegate…</source>
        <translation>&amp;Dodaj delegata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a delegate (Ctrl+N in the table)</source>
        <translation>Dodaj delegata (Ctrl+N w tabeli)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All the fields of the delegate (Enter or double-click)</source>
        <translation>Wszystkie pola delegata (Enter lub dwukrotne kliknięcie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected delegates (Delete)</source>
        <translation>Usuń zaznaczonych delegatów (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;groups…</source>
        <translation>Ustaw &amp;grupy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected delegates in groups, or take them out</source>
        <translation>Dodaj zaznaczonych delegatów do grup lub usuń ich z grup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;category</source>
        <translation>Ustaw &amp;kategorię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected delegates one category</source>
        <translation>Nadaj zaznaczonym delegatom jedną kategorię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mport…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import delegates from a spreadsheet (or drop the file on this view)</source>
        <translation>Importuj delegatów z arkusza kalkulacyjnego (lub upuść plik na ten widok)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add delegate %1</source>
        <translation>Dodaj delegata %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit delegate %1</source>
        <translation>Edytuj delegata %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the delegate %1?</source>
        <translation>Usunąć delegata %1?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln selected delegate(s)?</source>
        <translation>
            <numerusform>Usunąć %Ln zaznaczonego delegata?</numerusform>
            <numerusform>Usunąć %Ln zaznaczonych delegatów?</numerusform>
            <numerusform>Usunąć %Ln zaznaczonych delegatów?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete delegates</source>
        <translation>Usuń delegatów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit → Undo brings them back.</source>
        <translation>Można to cofnąć poleceniem Edycja → Cofnij.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete %Ln delegate(s)</source>
        <translation>
            <numerusform>Usuń %Ln delegata</numerusform>
            <numerusform>Usuń %Ln delegatów</numerusform>
            <numerusform>Usuń %Ln delegatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Add %Ln delegate(s) to groups</source>
        <translation>
            <numerusform>Dodaj %Ln delegata do grup</numerusform>
            <numerusform>Dodaj %Ln delegatów do grup</numerusform>
            <numerusform>Dodaj %Ln delegatów do grup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Set the groups of %Ln delegate(s)</source>
        <translation>
            <numerusform>Ustaw grupy %Ln delegata</numerusform>
            <numerusform>Ustaw grupy %Ln delegatów</numerusform>
            <numerusform>Ustaw grupy %Ln delegatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Take %Ln delegate(s) out of groups</source>
        <translation>
            <numerusform>Usuń %Ln delegata z grup</numerusform>
            <numerusform>Usuń %Ln delegatów z grup</numerusform>
            <numerusform>Usuń %Ln delegatów z grup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Set the category of %Ln delegate(s)</source>
        <translation>
            <numerusform>Ustaw kategorię %Ln delegata</numerusform>
            <numerusform>Ustaw kategorię %Ln delegatów</numerusform>
            <numerusform>Ustaw kategorię %Ln delegatów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/documents.py" line="+45"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formats</source>
        <translation>Formaty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What it is</source>
        <translation>Opis</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../../studyvisit/ui/document_files.py" line="+52"/>
        <source>You may not write to %1. Choose another folder.</source>
        <translation>Brak uprawnień do zapisu w %1. Wybierz inny folder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An unexpected error: %1: %2</source>
        <translation>Nieoczekiwany błąd: %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentRunBar</name>
    <message>
        <location filename="../../studyvisit/ui/document_run.py" line="+158"/>
        <source>Saved %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document was not saved: %1</source>
        <translation>Nie zapisano dokumentu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: no file was written.</source>
        <translation>Anulowano: nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Pokaż w &amp;folderze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate the document</source>
        <translation>Generuj dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel generating the document</source>
        <translation>Przerwij generowanie dokumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the document</source>
        <translation>Otwórz dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the document in its folder</source>
        <translation>Pokaż dokument w folderze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <location filename="../../studyvisit/ui/document_settings.py" line="+44"/>
        <source>The whole visit</source>
        <translation>Cała wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One group</source>
        <translation>Jedna grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One delegate</source>
        <translation>Jeden delegat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One sheet per day</source>
        <translation>Jedna lista na dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One sheet per agenda item</source>
        <translation>Jedna lista na punkt programu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma ( , )</source>
        <translation>Przecinek ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; ), as Polish Excel expects</source>
        <translation>Średnik ( ; ), jak w polskim Excelu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Choose where to save the file.</source>
        <translation>Wybierz, gdzie zapisać plik.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The visit has no group or delegate to choose.</source>
        <translation>Wizyta nie ma żadnej grupy ani delegata do wyboru.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>&amp;Dla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance &amp;sheets:</source>
        <translation>&amp;Listy obecności:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV &amp;delimiter:</source>
        <translation>&amp;Separator CSV:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter&amp;head image:</source>
        <translation>Obraz &amp;nagłówka:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;as:</source>
        <translation>&amp;Zapisz jako:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the host&apos;s name and address on top</source>
        <translation>brak: nazwa i adres organizatora u góry strony</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File format</source>
        <translation>Format pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the document</source>
        <translation>Język dokumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom the document is for</source>
        <translation>Dla kogo jest dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group or delegate the document is for</source>
        <translation>Grupa lub delegat, dla których jest dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One attendance sheet per day or per agenda item</source>
        <translation>Jedna lista obecności na dzień lub na punkt programu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV delimiter</source>
        <translation>Separator CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letterhead image file</source>
        <translation>Plik obrazu nagłówka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File to save the document as</source>
        <translation>Plik, w którym zostanie zapisany dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the document</source>
        <translation>Wybierz, gdzie zapisać dokument</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(none in this visit)</source>
        <translation>(brak w tej wizycie)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Save the document as</source>
        <translation>Zapisz dokument jako</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+123"/>
        <source>Choose a letterhead image</source>
        <translation>Wybierz obraz nagłówka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../studyvisit/ui/sections/documents.py" line="+103"/>
        <source>Open a visit to make its documents.</source>
        <translation>Otwórz wizytę, aby przygotować jej dokumenty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a document and its options, then generate it; it is saved as one file.</source>
        <translation>Wybierz dokument i jego opcje, a następnie go wygeneruj; zostanie zapisany jako jeden plik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export visit file (JSON)…</source>
        <translation>Eksportuj plik wizyty (JSON)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole visit in one file: a backup, or to start the next visit from</source>
        <translation>Cała wizyta w jednym pliku: jako kopia zapasowa lub punkt wyjścia dla następnej wizyty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents to generate</source>
        <translation>Dokumenty do wygenerowania</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Writing %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../studyvisit/ui/import_pages.py" line="+283"/>
        <source>Delegates already in the visit</source>
        <translation>Delegaci już obecni w wizycie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row is the same person as a delegate of the visit when the passport number, else the e-mail, else the name and date of birth are the same.</source>
        <translation>Wiersz dotyczy tej samej osoby co delegat wizyty, jeśli zgadza się numer paszportu, a gdy go brak — adres e-mail, a gdy i tego brak — imię i nazwisko oraz data urodzenia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Update them with the file&apos;s values (filled and corrected fields)</source>
        <translation>&amp;Zaktualizuj ich wartościami z pliku (uzupełnione i poprawione pola)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skip them: keep those delegates as they are</source>
        <translation>&amp;Pomiń: pozostaw tych delegatów bez zmian</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rows of the file that match delegates already in this visit: %1 (with new or different values: %2; saying what the visit already says: %3).</source>
        <translation>Wiersze pliku pasujące do delegatów już obecnych w tej wizycie: %1 (z nowymi lub innymi wartościami: %2; zgodne z danymi wizyty: %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No row of the file matches a delegate already in this visit: every readable row becomes a new delegate.</source>
        <translation>Żaden wiersz pliku nie pasuje do delegata już obecnego w tej wizycie: każdy czytelny wiersz stanie się nowym delegatem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New delegates: %1 · rows skipped for the problems shown on the previous page: %2. Everything is written at once, and Edit → Undo takes the whole import back.</source>
        <translation>Nowi delegaci: %1 · wiersze pominięte z powodu problemów pokazanych na poprzedniej stronie: %2. Wszystko zostanie zapisane naraz, a polecenie Edycja → Cofnij wycofa cały import.</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <location filename="../../studyvisit/ui/document_kinds.py" line="+62"/>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The programme day by day, for the visit, a group or one delegate</source>
        <translation>Program dzień po dniu dla całej wizyty, grupy lub jednego delegata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Badges</source>
        <translation>Identyfikatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name badges for delegates and staff, on cards, inserts or label sheets</source>
        <translation>Identyfikatory imienne dla delegatów i personelu: na kartach, wkładkach lub arkuszach etykiet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attendance sheets</source>
        <translation>Listy obecności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence lists to sign, one per day or one per agenda item</source>
        <translation>Listy obecności do podpisu, jedna na dzień lub na punkt programu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participant summary</source>
        <translation>Zestawienie uczestników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegates counted by category, country and gender, for the funder</source>
        <translation>Liczba delegatów według kategorii, kraju i płci, dla grantodawcy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transport list</source>
        <translation>Lista transportowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per vehicle per day: runs, addresses, passengers, driver</source>
        <translation>Dla każdego pojazdu na każdy dzień: kursy, adresy, pasażerowie, kierowca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delegate list</source>
        <translation>Lista delegatów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of every delegate, for Excel</source>
        <translation>Wszystkie pola wszystkich delegatów, do Excela</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel schedule</source>
        <translation>Harmonogram (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme, delegates, groups, transport, rooms and meals in one workbook</source>
        <translation>Program, delegaci, grupy, transport, pokoje i posiłki w jednym skoroszycie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The programme as events for a phone&apos;s or mail calendar</source>
        <translation>Program jako wydarzenia do kalendarza w telefonie lub programie pocztowym</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invitation letters</source>
        <translation>Listy zapraszające</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa invitation letters for the delegates from abroad, signed</source>
        <translation>Podpisane listy zapraszające do wizy dla delegatów z zagranicy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Skoroszyt Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV text (UTF-8)</source>
        <translation>Tekst CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar file</source>
        <translation>Plik kalendarza</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../studyvisit/ui/import_pages.py" line="-229"/>
        <source>Delegate list</source>
        <translation>Lista delegatów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file the partners sent (Excel, LibreOffice or CSV) and, for a workbook with several sheets, the sheet with the list.</source>
        <translation>Wybierz plik przesłany przez partnerów (Excel, LibreOffice lub CSV), a w przypadku skoroszytu z kilkoma arkuszami — arkusz z listą.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
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
        <location filename="../../studyvisit/ui/sections/groups.py" line="+63"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>GroupMembersDialog</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/bulk_members.py" line="+71"/>
        <source>Members of %1</source>
        <translation>Członkowie grupy %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected rows are the members: Ctrl+click adds or removes one, Shift+click a range.</source>
        <translation>Zaznaczone wiersze to członkowie: Ctrl+kliknięcie dodaje lub usuwa jeden wiersz, Shift+kliknięcie — zakres.</translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message>
        <location filename="../../studyvisit/ui/sections/groups.py" line="-33"/>
        <source>Rename group %1</source>
        <translation>Zmień nazwę grupy %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;Add group…</source>
        <translation>&amp;Dodaj grupę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new group (Ctrl+N in the table)</source>
        <translation>Nowa grupa (Ctrl+N w tabeli)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name</source>
        <translation>Zmień &amp;nazwę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members…</source>
        <translation>&amp;Członkowie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the group&apos;s delegates (Enter)</source>
        <translation>Wybierz delegatów należących do grupy (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the group:</source>
        <translation>Nazwa grupy:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add group %1</source>
        <translation>Dodaj grupę %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete groups</source>
        <translation>Usuń grupy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1? The delegates stay; agenda items and runs for these groups lose them. Edit → Undo brings them back.</source>
        <translation>Usunąć: %1? Delegaci pozostaną; punkty programu i kursy tych grup przestaną być do nich przypisane. Można to cofnąć poleceniem Edycja → Cofnij.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete %1</source>
        <translation>Usuń: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Members of %1</source>
        <translation>Członkowie grupy %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln grupa</numerusform>
            <numerusform>%Ln grupy</numerusform>
            <numerusform>%Ln grup</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../studyvisit/ui/import_fields.py" line="+17"/>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>Imiona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Imię odojcowskie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname (Latin, as in passport)</source>
        <translation>Nazwisko (alfabet łaciński, jak w paszporcie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names (Latin, as in passport)</source>
        <translation>Imiona (alfabet łaciński, jak w paszporcie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
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
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport number</source>
        <translation>Numer paszportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport expiry</source>
        <translation>Ważność paszportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietary needs</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival (date and time)</source>
        <translation>Przyjazd (data i godzina)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure (date and time)</source>
        <translation>Wyjazd (data i godzina)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (surname, given names…)</source>
        <translation>Imię i nazwisko (nazwisko, imiona…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (Latin, as in passport)</source>
        <translation>Imię i nazwisko (alfabet łaciński, jak w paszporcie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names and patronymic</source>
        <translation>Imiona i imię odojcowskie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival date</source>
        <translation>Data przyjazdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival time</source>
        <translation>Godzina przyjazdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure date</source>
        <translation>Data wyjazdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure time</source>
        <translation>Godzina wyjazdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Mr, Ms…)</source>
        <translation>Forma grzecznościowa (Pan, Pani…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore this column</source>
        <translation>Pomiń tę kolumnę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in notes</source>
        <translation>Zachowaj w uwagach</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <location filename="../../studyvisit/ui/import_problems.py" line="+34"/>
        <source>Skipped</source>
        <translation>Pominięty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Zaktualizowany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>file</source>
        <translation>plik</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../studyvisit/ui/import_pages.py" line="+197"/>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delegates are written in one step: a cancel writes nothing.</source>
        <translation>Delegaci zostaną zapisani w jednym kroku: anulowanie niczego nie zapisze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to the start</source>
        <translation>&amp;Wróć do początku</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the delegates…</source>
        <translation>Zapisywanie delegatów…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../studyvisit/ui/import_preview.py" line="+101"/>
        <source>Not a delegate&apos;s row (e.g. column numbers or a total)</source>
        <translation>Wiersz nie dotyczy delegata (np. numery kolumn lub suma)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/import_wizard.py" line="+55"/>
        <location line="+34"/>
        <location line="+261"/>
        <source>Import delegates</source>
        <translation>Import delegatów</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Delegate lists (*.xlsx *.xlsm *.ods *.xls *.csv *.txt);;All files (*)</source>
        <translation>Listy delegatów (*.xlsx *.xlsm *.ods *.xls *.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>File type: %1</source>
        <translation>Typ pliku: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheets: %1</source>
        <translation>arkusze: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header in row %1</source>
        <translation>nagłówek w wierszu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows read: %1</source>
        <translation>odczytane wiersze: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoding %1</source>
        <translation>kodowanie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>space</source>
        <translation>spacja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>separated by %1</source>
        <translation>separator: %1</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The import failed: %1 Nothing was written.</source>
        <translation>Import nie powiódł się: %1 Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Import został anulowany. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the delegates of the visit…</source>
        <translation>Porównywanie z delegatami wizyty…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the delegates…</source>
        <translation>Zapisywanie delegatów…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: nie można odczytać pliku (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/import_pages.py" line="-296"/>
        <source>Added: %1 · Updated: %2 · Unchanged: %3 · Skipped: %4</source>
        <translation>Dodano: %1 · Zaktualizowano: %2 · Bez zmian: %3 · Pominięto: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New: %1 · Updated: %2 · Unchanged: %3 · Skipped: %4</source>
        <translation>Nowi: %1 · Zaktualizowani: %2 · Bez zmian: %3 · Pominięci: %4</translation>
    </message>
</context>
<context>
    <name>ItineraryColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/itinerary.py" line="+101"/>
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
        <location line="+187"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln punkt</numerusform>
            <numerusform>%Ln punkty</numerusform>
            <numerusform>%Ln punktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to move, drag the bottom edge to resize, double-click to edit</source>
        <translation>Przeciągnij, aby przenieść; przeciągnij dolną krawędź, aby zmienić czas trwania; kliknij dwukrotnie, aby edytować</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+235"/>
        <source>Add item…</source>
        <translation>Dodaj punkt…</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Pomniejsz (Ctrl+kółko myszy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Powiększ (Ctrl+kółko myszy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit day</source>
        <translation>Dopasuj dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a whole day in the view</source>
        <translation>Pokaż w widoku cały dzień</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transport run</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Move “%1”</source>
        <translation>Przenieś „%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Resize “%1”</source>
        <translation>Zmień czas trwania „%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit “%1”</source>
        <translation>Edytuj „%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add agenda item</source>
        <translation>Dodaj punkt programu</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Duplicate “%1”</source>
        <translation>Duplikuj „%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Duplicate %Ln agenda item(s)</source>
        <translation>
            <numerusform>Duplikuj %Ln punkt programu</numerusform>
            <numerusform>Duplikuj %Ln punkty programu</numerusform>
            <numerusform>Duplikuj %Ln punktów programu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete “%1”</source>
        <translation>Usuń „%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln agenda item(s)</source>
        <translation>
            <numerusform>Usuń %Ln punkt programu</numerusform>
            <numerusform>Usuń %Ln punkty programu</numerusform>
            <numerusform>Usuń %Ln punktów programu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add item here (%1, %2)…</source>
        <translation>Dodaj punkt tutaj (%1, %2)…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../studyvisit/ui/vocabulary.py" line="-9"/>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian</source>
        <translation>białoruski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studyvisit/ui/main_window.py" line="+361"/>
        <source>Visit not read</source>
        <translation>Nie wczytano wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visit could not be read again: %1</source>
        <translation>Nie udało się ponownie wczytać wizyty: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change not made</source>
        <translation>Nie wprowadzono zmiany</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database was changed elsewhere (another window, program or person): the visit was read again and the undo history cleared.</source>
        <translation>Baza danych została zmieniona gdzie indziej (w innym oknie, programie lub przez inną osobę): wizytę wczytano ponownie, a historię cofania wyczyszczono.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponów: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — studyvisit</source>
        <translation>%1 — studyvisit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the problems of the plan</source>
        <translation>Pokaż problemy w planie</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New visit “%1” made from the template; add its delegates.</source>
        <translation>Utworzono nową wizytę „%1” na podstawie szablonu; dodaj jej delegatów.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import visit file</source>
        <translation>Import pliku wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visit file %1 was not imported: %2</source>
        <translation>Nie zaimportowano pliku wizyty %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit imported from %1</source>
        <translation>Zaimportowano wizytę z %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Create or choose a visit first: delegates are imported into a visit.</source>
        <translation>Najpierw utwórz lub wybierz wizytę: delegaci są importowani do wizyty.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete visit</source>
        <translation>Usuń wizytę</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete the visit “%1” with its %Ln delegate(s), agenda and transport? This cannot be undone; export the visit file first to keep a copy.</source>
        <translation>
            <numerusform>Usunąć wizytę „%1” razem z %Ln delegatem, programem i transportem? Tego nie można cofnąć; aby zachować kopię, najpierw wyeksportuj plik wizyty.</numerusform>
            <numerusform>Usunąć wizytę „%1” razem z %Ln delegatami, programem i transportem? Tego nie można cofnąć; aby zachować kopię, najpierw wyeksportuj plik wizyty.</numerusform>
            <numerusform>Usunąć wizytę „%1” razem z %Ln delegatami, programem i transportem? Tego nie można cofnąć; aby zachować kopię, najpierw wyeksportuj plik wizyty.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+43"/>
        <source>Export visit file</source>
        <translation>Eksport pliku wizyty</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Visit files (*.json)</source>
        <translation>Pliki wizyt (*.json)</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+298"/>
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
        <location line="+114"/>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <location line="+57"/>
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
    <name>MemberColumns</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/bulk_members.py" line="-56"/>
        <source>Latin name</source>
        <translation>Zapis łaciński</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Original name</source>
        <translation>Zapis oryginalny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../studyvisit/ui/menus.py" line="+110"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
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
        <location line="+2"/>
        <source>New visit from &amp;template…</source>
        <translation>Nowa wizyta z &amp;szablonu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new visit with this visit&apos;s sites, staff, vehicles, groups and agenda on new dates, without delegates</source>
        <translation>Nowa wizyta z miejscami, personelem, pojazdami, grupami i programem tej wizyty, w nowym terminie, bez delegatów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rename visit…</source>
        <translation>Zmień n&amp;azwę wizyty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the visit a new name</source>
        <translation>Nadaj wizycie nową nazwę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit &amp;properties…</source>
        <translation>&amp;Właściwości wizyty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, dates, project, funder, host, partners, time zone, languages</source>
        <translation>Nazwa, termin, projekt, grantodawca, organizator, partnerzy, strefa czasowa, języki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up database…</source>
        <translation>Utwórz &amp;kopię zapasową bazy danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
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
        <source>&amp;Import delegates…</source>
        <translation>&amp;Importuj delegatów…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add delegates from a spreadsheet (xlsx, ods, xls, csv) to the visit</source>
        <translation>Dodaj do wizyty delegatów z arkusza kalkulacyjnego (xlsx, ods, xls, csv)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../studyvisit/ui/dialogs/new_visit.py" line="+63"/>
        <source>New visit</source>
        <translation>Nowa wizyta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New visit from a template</source>
        <translation>Nowa wizyta z szablonu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Study visit on clusters, Podlasie 2025</source>
        <translation>np. Wizyta studyjna o klastrach, Podlasie 2025</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+2"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host organisation:</source>
        <translation>&amp;Organizator:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new visit is made from “%1”: its sites, travel times, groups, staff, vehicles, agenda and transport runs, moved to the new dates. Delegates and rooms are not copied.</source>
        <translation>Nowa wizyta powstanie na podstawie wizyty „%1”: jej miejsc, czasów przejazdu, grup, personelu, pojazdów, programu i kursów, przeniesionych na nowy termin. Delegatów ani pokoi nie kopiuje się.</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location filename="../../studyvisit/ui/sections/overview.py" line="+88"/>
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
        <translation>Grantodawca</translation>
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
        <location line="+182"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
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
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the visit&apos;s name, dates, project, funder, host, partners, time zone and languages (Alt+Enter)</source>
        <translation>Zmień nazwę, termin, projekt, grantodawcę, organizatora, partnerów, strefę czasową i języki wizyty (Alt+Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the visit&apos;s properties</source>
        <translation>Edytuj właściwości wizyty</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>PreviewPage</name>
    <message>
        <location filename="../../studyvisit/ui/import_pages.py" line="+96"/>
        <source>Columns and rows</source>
        <translation>Kolumny i wiersze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above each column, check what it holds and change it where the guess is wrong. Highlighted cells have problems: point at one to see why. Red rows are skipped.</source>
        <translation>Nad każdą kolumną sprawdź, co zawiera, i popraw tam, gdzie program źle ją rozpoznał. Wyróżnione komórki zawierają problemy: wskaż jedną, aby zobaczyć przyczynę. Czerwone wiersze zostaną pominięte.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Checking the whole file…</source>
        <translation>Sprawdzanie całego pliku…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows read: %1</source>
        <translation>Odczytane wiersze: %1</translation>
    </message>
</context>
<context>
    <name>ProblemColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/problems.py" line="+99"/>
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
        <location line="-98"/>
        <source>All problems</source>
        <translation>Wszystkie problemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Tylko błędy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings only</source>
        <translation>Tylko ostrzeżenia</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>run %1 → %2</source>
        <translation>kurs %1 → %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The plan could not be checked, so problems are not listed yet (%1).</source>
        <translation>Nie udało się sprawdzić planu, więc problemy nie są jeszcze wymienione (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln błąd</numerusform>
            <numerusform>%Ln błędy</numerusform>
            <numerusform>%Ln błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln ostrzeżenie</numerusform>
            <numerusform>%Ln ostrzeżenia</numerusform>
            <numerusform>%Ln ostrzeżeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problemy</numerusform>
            <numerusform>%Ln problemów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalColumns</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/run_proposal.py" line="+115"/>
        <source>Departs</source>
        <translation>Odjazd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrives</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From → to</source>
        <translation>Skąd → dokąd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who rides</source>
        <translation>Kto jedzie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People / seats</source>
        <translation>Osoby / miejsca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegates who ride; staff you add to the run take seats too</source>
        <translation>Delegaci, którzy jadą; osoby z personelu dodane do kursu też zajmują miejsca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vehicle</source>
        <translation>Pojazd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../studyvisit/ui/record_table.py" line="+408"/>
        <source>Value not accepted</source>
        <translation>Nie przyjęto wartości</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+31"/>
        <source>%1 of %2 shown</source>
        <translation>widoczne: %1 z %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln wiersz</numerusform>
            <numerusform>%Ln wiersze</numerusform>
            <numerusform>%Ln wierszy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/transport_columns.py" line="+193"/>
        <source>Departs</source>
        <translation>Odjazd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arrives</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vehicle</source>
        <translation>Pojazd</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To</source>
        <translation>Dokąd</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>People / seats</source>
        <translation>Osoby / miejsca</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Who rides</source>
        <translation>Kto jedzie</translation>
    </message>
</context>
<context>
    <name>RunProposal</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/run_proposal.py" line="-104"/>
        <source>No vehicle has enough free seats: choose one or split the group.</source>
        <translation>Żaden pojazd nie ma dość wolnych miejsc: wybierz pojazd lub podziel grupę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 people, but %2 has only %3 passenger seats.</source>
        <translation>Liczba osób: %1, a liczba miejsc dla pasażerów w pojeździe %2: tylko %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>travel time estimated from the sites&apos; coordinates</source>
        <translation>czas przejazdu oszacowany na podstawie współrzędnych miejsc</translation>
    </message>
</context>
<context>
    <name>RunProposalDialog</name>
    <message>
        <location line="+151"/>
        <source>Proposed transport runs</source>
        <translation>Proponowane kursy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs the itinerary needs and the plan does not have yet: one for each change of site that is not a walk. Check the ones to add, change a vehicle where needed, and accept them; unchecked ones are discarded.</source>
        <translation>Kursy, których wymaga program wizyty, a których nie ma jeszcze w planie: po jednym na każdą zmianę miejsca, której nie pokonuje się pieszo. Zaznacz kursy do dodania, w razie potrzeby zmień pojazd i zaakceptuj je; niezaznaczone zostaną odrzucone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2 seats</source>
        <translation>%1 · miejsca: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use for the selected runs</source>
        <translation>Użyj dla zaznaczonych kursów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check all</source>
        <translation>Zaznacz wszystkie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check none</source>
        <translation>Odznacz wszystkie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vehicle:</source>
        <translation>Pojazd:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept checked runs</source>
        <translation>Zaakceptuj zaznaczone kursy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing to propose: every change of site has its run.</source>
        <translation>Brak propozycji: każda zmiana miejsca ma swój kurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the runs to accept, or discard the proposal.</source>
        <translation>Zaznacz kursy do zaakceptowania albo odrzuć propozycję.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run %1 at %2 has no vehicle: choose one for it, or uncheck it.</source>
        <translation>Kurs %1 (%2) nie ma pojazdu: wybierz pojazd albo odznacz ten kurs.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../studyvisit/ui/sections/__init__.py" line="+51"/>
        <location filename="../../studyvisit/ui/sections/accommodation.py" line="-102"/>
        <source>Accommodation</source>
        <translation>Noclegi</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../../studyvisit/ui/sections/delegates.py" line="-261"/>
        <source>Delegates</source>
        <translation>Delegaci</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../studyvisit/ui/sections/documents.py" line="-195"/>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../../studyvisit/ui/sections/groups.py" line="-162"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../studyvisit/ui/sections/itinerary.py" line="-349"/>
        <source>Itinerary</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../../studyvisit/ui/sections/overview.py" line="-149"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../studyvisit/ui/sections/problems.py" line="-91"/>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../../studyvisit/ui/sections/sites.py" line="+105"/>
        <source>Sites</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../studyvisit/ui/sections/staff.py" line="+89"/>
        <source>Staff</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../studyvisit/ui/sections/transport.py" line="+69"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../studyvisit/ui/service_messages.py" line="+22"/>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>Imiona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Imię odojcowskie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname (Latin)</source>
        <translation>Nazwisko (alfabet łaciński)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names (Latin)</source>
        <translation>Imiona (alfabet łaciński)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
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
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport number</source>
        <translation>Numer paszportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport expiry</source>
        <translation>Ważność paszportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Dietary needs</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: “%2” is not a date; write it as 31.05.2027 or 2027-05-31.</source>
        <translation>%1: „%2” to nie jest data; wpisz ją jako 31.05.2027 lub 2027-05-31.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not an e-mail address.</source>
        <translation>%1: „%2” to nie jest adres e-mail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: “%2” is not a country code; use two letters such as BY or PL.</source>
        <translation>%1: „%2” to nie jest kod kraju; wpisz dwie litery, np. BY lub PL.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 is already the passport of %3.</source>
        <translation>%1: %2 to już numer paszportu osoby %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a delegate needs a surname.</source>
        <translation>%1: delegat musi mieć nazwisko.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must be later than “%2”.</source>
        <translation>%1: musi być później niż „%2”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A staff member needs a name.</source>
        <translation>Członek obsługi musi mieć imię i nazwisko.</translation>
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
        <location filename="../../studyvisit/ui/sections/sites.py" line="-41"/>
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
    <name>SiteDialog</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/site.py" line="+54"/>
        <source>%1 must be a number in degrees, e.g. 53.1325 (not “%2”).</source>
        <translation>%1: wartość musi być liczbą stopni, np. 53.1325 (a nie „%2”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be between -%2 and %2 degrees.</source>
        <translation>%1: wartość musi mieścić się w zakresie od -%2 do %2 stopni.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit site</source>
        <translation>Edytuj miejsce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New site</source>
        <translation>Nowe miejsce</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name (%1):</source>
        <translation>Nazwa (wersja %1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not set)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decimal degrees (as a map shows them); travel times are estimated from them</source>
        <translation>Stopnie dziesiętne (tak jak pokazuje je mapa); na ich podstawie szacowane są czasy przejazdu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Miejscowość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;titude:</source>
        <translation>&amp;Szerokość geograficzna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lon&amp;gitude:</source>
        <translation>&amp;Długość geograficzna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;Osoba kontaktowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Podaj zarówno szerokość, jak i długość geograficzną albo żadnej z nich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the site a name in at least one language.</source>
        <translation>Nadaj miejscu nazwę w co najmniej jednym języku.</translation>
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
        <location filename="../../studyvisit/ui/sections/sites.py" line="+96"/>
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln miejsce</numerusform>
            <numerusform>%Ln miejsca</numerusform>
            <numerusform>%Ln miejsc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln travel time(s) entered</source>
        <translation>
            <numerusform>Wpisano %Ln czas przejazdu</numerusform>
            <numerusform>Wpisano %Ln czasy przejazdu</numerusform>
            <numerusform>Wpisano %Ln czasów przejazdu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sites</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add site…</source>
        <translation>Dodaj miejsce…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel times</source>
        <translation>Czasy przejazdu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a time to enter it; clear it to return to the estimate. Estimates from the coordinates are shown in italics. A time serves both ways.</source>
        <translation>Kliknij dwukrotnie czas, aby go wpisać; wyczyść go, aby wrócić do szacunku. Szacunki na podstawie współrzędnych są pokazane kursywą. Czas obowiązuje w obu kierunkach.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add site</source>
        <translation>Dodaj miejsce</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit site</source>
        <translation>Edytuj miejsce</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete %1?</source>
        <translation>Usunąć: %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 agenda item(s) and %2 run(s) keep their times but lose this place.</source>
        <translation>Punkty programu (%1) i kursy (%2) zachowają swoje godziny, ale stracą to miejsce.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Delete sites</source>
        <translation>Usuń miejsca</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Travel time %1: enter the minutes before the mode.</source>
        <translation>Czas przejazdu %1: wpisz liczbę minut przed wybraniem sposobu przejazdu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Travel time %1: “%2” is not a number of minutes. Type a whole number from 0 to 1440, e.g. 25, or clear the cell to use the estimate.</source>
        <translation>Czas przejazdu %1: „%2” nie jest liczbą minut. Wpisz liczbę całkowitą od 0 do 1440, np. 25, albo wyczyść komórkę, aby użyć szacunku.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use the estimated travel time %1</source>
        <translation>Użyj szacowanego czasu przejazdu %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set travel time %1</source>
        <translation>Ustaw czas przejazdu %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change not made</source>
        <translation>Nie wprowadzono zmiany</translation>
    </message>
</context>
<context>
    <name>StaffColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/staff.py" line="-17"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>StaffForm</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/staff_form.py" line="+36"/>
        <source>New staff member</source>
        <translation>Nowa osoba z personelu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Languages spoken, car, hours…</source>
        <translation>Znane języki, samochód, godziny pracy…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>Imię i &amp;nazwisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Instytucja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Uwagi:</translation>
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
    <message>
        <location filename="../../studyvisit/ui/sections/staff.py" line="-36"/>
        <source>Edit %1 of %2</source>
        <translation>Edytuj pole „%1” (%2)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Dodaj osobę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a coordinator, interpreter, driver… (Ctrl+N)</source>
        <translation>Dodaj koordynatora, tłumacza, kierowcę… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add %1</source>
        <translation>Dodaj: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit %1</source>
        <translation>Edytuj: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete staff</source>
        <translation>Usuń osoby z personelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1? Edit → Undo brings them back.</source>
        <translation>Usunąć: %1? Można to cofnąć poleceniem Edycja → Cofnij.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1</source>
        <translation>Usuń: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../studyvisit/ui/import_pages.py" line="+171"/>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below: the rows that were skipped, that need a check, or that updated a delegate.</source>
        <translation>Poniżej: wiersze pominięte, wymagające sprawdzenia lub takie, które zaktualizowały delegata.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit → Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Polecenie Edycja → Cofnij (Ctrl+Z) wycofa cały import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows skipped because the delegate was already in the visit: %1.</source>
        <translation>Wiersze pominięte, bo delegat był już w wizycie: %1.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../studyvisit/ui/tasks.py" line="+223"/>
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
    <name>TimelineView</name>
    <message>
        <location filename="../../studyvisit/ui/timeline/view.py" line="+439"/>
        <source>Day %1</source>
        <translation>Dzień %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the visit</source>
        <translation>Poza terminem wizyty</translation>
    </message>
</context>
<context>
    <name>TransportRunDialog</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/transport_run.py" line="+82"/>
        <source>Edit run</source>
        <translation>Edytuj kurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New run</source>
        <translation>Nowy kurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 seats</source>
        <translation>%1 · miejsca: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Arrive after the travel time</source>
        <translation>Ustaw przyjazd według czasu przejazdu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Pojazd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Departs:</source>
        <translation>&amp;Odjazd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrives:</source>
        <translation>P&amp;rzyjazd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Skąd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Dokąd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 people)</source>
        <translation>%1 (osoby: %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find a delegate…</source>
        <translation>Znajdź delegata…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Groups:</source>
        <translation>Grupy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegates on their own:</source>
        <translation>Pojedynczy delegaci:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff:</source>
        <translation>Personel:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(no site)</source>
        <translation>(bez miejsca)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Travel time: about %1 min (estimated from the map)</source>
        <translation>Czas przejazdu: ok. %1 min (szacunek na podstawie mapy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travel time: %1 min</source>
        <translation>Czas przejazdu: %1 min</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>People on board: %1</source>
        <translation>Osoby w pojeździe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People on board: %1 · passenger seats: %2</source>
        <translation>Osoby w pojeździe: %1 · miejsca dla pasażerów: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many for this vehicle</source>
        <translation>za dużo jak na ten pojazd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no group or delegate chosen: the run is for everyone</source>
        <translation>nie wybrano grupy ani delegata: kurs jest dla wszystkich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a vehicle (add one to the vehicles first).</source>
        <translation>Wybierz pojazd (najpierw dodaj go do listy pojazdów).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run must arrive after it departs.</source>
        <translation>Przyjazd musi nastąpić po odjeździe.</translation>
    </message>
</context>
<context>
    <name>TransportSection</name>
    <message>
        <location filename="../../studyvisit/ui/sections/transport_columns.py" line="-131"/>
        <source>People: %1 · passenger seats: %2</source>
        <translation>Osoby: %1 · miejsca dla pasażerów: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More people than seats: split the run or take a bigger vehicle.</source>
        <translation>Więcej osób niż miejsc: podziel kurs albo weź większy pojazd.</translation>
    </message>
    <message>
        <location filename="../../studyvisit/ui/sections/transport.py" line="+114"/>
        <source>All vehicles</source>
        <translation>Wszystkie pojazdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All days</source>
        <translation>Wszystkie dni</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%Ln vehicle(s)</source>
        <translation>
            <numerusform>%Ln pojazd</numerusform>
            <numerusform>%Ln pojazdy</numerusform>
            <numerusform>%Ln pojazdów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln kurs</numerusform>
            <numerusform>%Ln kursy</numerusform>
            <numerusform>%Ln kursów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln run(s) with more people than seats</source>
        <translation>
            <numerusform>%Ln kurs z większą liczbą osób niż miejsc</numerusform>
            <numerusform>%Ln kursy z większą liczbą osób niż miejsc</numerusform>
            <numerusform>%Ln kursów z większą liczbą osób niż miejsc</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a vehicle first</source>
        <translation>Najpierw dodaj pojazd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vehicles</source>
        <translation>Pojazdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Kursy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle:</source>
        <translation>Pojazd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day:</source>
        <translation>Dzień:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add vehicle…</source>
        <translation>Dodaj pojazd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add run…</source>
        <translation>Dodaj kurs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propose missing runs…</source>
        <translation>Zaproponuj brakujące kursy…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs for every change of site in the itinerary that no run covers yet, for you to check and accept</source>
        <translation>Kursy dla każdej zmiany miejsca w programie wizyty, której nie obejmuje jeszcze żaden kurs — do sprawdzenia i zaakceptowania</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add vehicle</source>
        <translation>Dodaj pojazd</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit vehicle</source>
        <translation>Edytuj pojazd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete %1 and its runs (%2)?</source>
        <translation>Usunąć: %1 razem z kursami (%2)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1?</source>
        <translation>Usunąć: %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Delete vehicles</source>
        <translation>Usuń pojazdy</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add run</source>
        <translation>Dodaj kurs</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit run</source>
        <translation>Edytuj kurs</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Delete %Ln run(s)?</source>
        <translation>
            <numerusform>Usunąć %Ln kurs?</numerusform>
            <numerusform>Usunąć %Ln kursy?</numerusform>
            <numerusform>Usunąć %Ln kursów?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Delete runs</source>
        <translation>Usuń kursy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Proposed transport runs</source>
        <translation>Proponowane kursy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to propose: every change of site has its run (or is a walk).</source>
        <translation>Brak propozycji: każda zmiana miejsca ma swój kurs (lub odbywa się pieszo).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Accept %Ln proposed run(s)</source>
        <translation>
            <numerusform>Zaakceptuj %Ln proponowany kurs</numerusform>
            <numerusform>Zaakceptuj %Ln proponowane kursy</numerusform>
            <numerusform>Zaakceptuj %Ln proponowanych kursów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TravelMode</name>
    <message>
        <location filename="../../studyvisit/ui/sections/travel_times.py" line="+37"/>
        <source>Drive</source>
        <translation>Pojazdem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk</source>
        <translation>Pieszo</translation>
    </message>
</context>
<context>
    <name>TravelTimeColumns</name>
    <message>
        <location line="+87"/>
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <translation>Dokąd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Either way between the two sites; estimates in italics. Double-click to edit.</source>
        <translation>W obu kierunkach między tymi miejscami; szacunki kursywą. Kliknij dwukrotnie, aby edytować.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mode</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Distance (km)</source>
        <translation>Odległość (km)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In a straight line, from the coordinates</source>
        <translation>W linii prostej, na podstawie współrzędnych</translation>
    </message>
</context>
<context>
    <name>TravelTimes</name>
    <message>
        <location line="-104"/>
        <source>Estimated from the sites&apos; coordinates: the straight line × %1 at %2 km/h, plus %3 min. Type the minutes to replace the estimate; clear them to return to it.</source>
        <translation>Szacunek na podstawie współrzędnych miejsc: odległość w linii prostej × %1 przy %2 km/h plus %3 min. Wpisz liczbę minut, aby zastąpić szacunek; wyczyść ją, aby do niego wrócić.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No time entered, and a site has no coordinates to estimate it from: type the minutes.</source>
        <translation>Nie wpisano czasu, a jedno z miejsc nie ma współrzędnych, na podstawie których można by go oszacować: wpisz liczbę minut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entered by you (the estimate would be %1 min). Clear to use it.</source>
        <translation>Wpisany ręcznie (szacunek: %1 min). Wyczyść, aby go użyć.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered by you.</source>
        <translation>Wpisany ręcznie.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A walk needs no transport run; a drive does.</source>
        <translation>Przejście pieszo nie wymaga kursu, przejazd pojazdem — tak.</translation>
    </message>
</context>
<context>
    <name>VehicleColumns</name>
    <message>
        <location filename="../../studyvisit/ui/sections/transport_columns.py" line="+27"/>
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
    <name>VehicleDialog</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/vehicle.py" line="+44"/>
        <source>Edit vehicle</source>
        <translation>Edytuj pojazd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New vehicle</source>
        <translation>Nowy pojazd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Minibus 1</source>
        <translation>np. Minibus 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passenger seats, the driver&apos;s excluded</source>
        <translation>Miejsca dla pasażerów, bez miejsca kierowcy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no driver)</source>
        <translation>(bez kierowcy)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Label:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passenger seats:</source>
        <translation>&amp;Miejsca dla pasażerów:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;late:</source>
        <translation>Nr &amp;rejestracyjny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Przewoźnik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Driver:</source>
        <translation>&amp;Kierowca:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the vehicle a label, e.g. &apos;Minibus 1&apos;.</source>
        <translation>Nadaj pojazdowi nazwę, np. „Minibus 1”.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../studyvisit/ui/editing.py" line="+216"/>
        <source>An undo or redo is still being written; try again in a moment.</source>
        <translation>Cofnięcie lub ponowienie zmiany jest jeszcze zapisywane; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The database refused the change (%1). Nothing was changed.</source>
        <translation>Baza danych odrzuciła zmianę (%1). Niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>VisitProperties</name>
    <message>
        <location filename="../../studyvisit/ui/dialogs/visit_properties.py" line="+94"/>
        <source>“%1” is not a time zone; write it as Region/City, e.g. Europe/Warsaw.</source>
        <translation>„%1” nie jest strefą czasową; wpisz ją w postaci Region/Miasto, np. Europe/Warsaw.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>A visit needs a name.</source>
        <translation>Wizyta musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rename visit to “%1”</source>
        <translation>Zmień nazwę wizyty na „%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit visit properties</source>
        <translation>Edytuj właściwości wizyty</translation>
    </message>
</context>
<context>
    <name>VisitPropertiesDialog</name>
    <message>
        <location line="-164"/>
        <source>Visit properties</source>
        <translation>Właściwości wizyty</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <translation>P&amp;rojekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funder:</source>
        <translation>&amp;Grantodawca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host organisation:</source>
        <translation>&amp;Organizator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;rtners (one a line):</source>
        <translation>Partn&amp;erzy (po jednym w wierszu):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Strefa czasowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working languages:</source>
        <translation>Języki robocze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The visit ends before it starts: choose an end date on or after the start.</source>
        <translation>Wizyta kończy się przed rozpoczęciem: wybierz datę końca nie wcześniejszą niż data początku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the visit a name.</source>
        <translation>Nadaj wizycie nazwę.</translation>
    </message>
</context>
<context>
    <name>VisitSwitcher</name>
    <message>
        <location filename="../../studyvisit/ui/visit_switcher.py" line="+20"/>
        <location line="+80"/>
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
