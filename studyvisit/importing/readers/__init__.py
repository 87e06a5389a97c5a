"""One reader per kind of file, each handing on a :class:`SheetRows`: ``csv_reader`` for
delimited text (with ``text_encoding`` to tell its encoding), ``workbook_reader`` for
.xlsx/.xlsm/.xlsb/.ods/.xls through python-calamine."""
