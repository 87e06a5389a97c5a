; Inno Setup 6 script: the Windows installer of the one-folder bundle.
;
; Made by packaging\build.ps1, which passes the version and the folders:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=..\dist\studyvisit /DOutputDir=..\dist packaging\studyvisit.iss
;
; Installs for the current user without administrator rights by default (the
; wizard offers all users when the coordinator can elevate). An upgrade installs
; over the previous version (same AppId) and first removes its program files, so
; nothing stale is left in _internal. The visits are never touched: they live in
; %LOCALAPPDATA%\studyvisit (the database and its .bak-* copies), which the
; installer does not write and the uninstaller does not remove.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\studyvisit"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

#define AppName "studyvisit"
#define AppExe "studyvisit.exe"
#define VisitFileProgId "studyvisit.VisitFile"

[Setup]
; Never change the AppId: it is how an upgrade finds the installed version.
AppId={{6B0E3C64-7A51-4B6C-9F0B-3D2A8E51C9A7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=studyvisit developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=studyvisit-{#AppVersion}-setup
SetupIconFile=..\resources\icons\studyvisit.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[CustomMessages]
english.VisitFile=studyvisit visit file
polish.VisitFile=Plik wizyty studyvisit
english.DataKept=Your visits are kept in %1.
polish.DataKept=Twoje wizyty pozostają w folderze %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files (never the user's data, which is elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; Visit files are NAME.studyvisit.json. Windows picks the program by the last
; extension only (.json), so studyvisit does not take .json over: it is offered in
; "Open with" for JSON files, and opens a visit file with `studyvisit FILE`.
Root: HKA; Subkey: "Software\Classes\{#VisitFileProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:VisitFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#VisitFileProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#VisitFileProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#VisitFileProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself leaves beside its files; %LOCALAPPDATA%\studyvisit stays.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\studyvisit');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
