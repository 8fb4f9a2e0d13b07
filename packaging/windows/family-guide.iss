; Inno Setup 6 script: a per-user Family Guide installer that needs no administrator rights.
; Saved as UTF-8 with a BOM: Inno Setup 6 reads a script without one in the ANSI code page (the Spanish text).
;
;   python packaging\build.py                          (makes dist\family-guide\, runs its self-test)
;   iscc /DAppVersion=0.1.0 packaging\windows\family-guide.iss
;     -> dist\FamilyGuide-0.1.0-setup.exe
;
; Code signing (docs/installing.md): pass a sign tool to iscc, for example
;   iscc /DSignToolName=fgsign "/Sfgsign=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f cert.pfx /p PASSWORD $f" ...
; Without /DSignToolName the installer is built unsigned, and says nothing else.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Family Guide"
#define AppExe "family-guide.exe"
#define BundleDir "..\..\dist\family-guide"
; Where the app keeps the journal, settings and content packs: platformdirs' user_data_dir for
; app "FamilyGuide" by "FamilyGuide", not roaming (family_guide/paths.py). Config, logs and the
; content cache live inside the same folder on Windows. tests/core/test_installers.py checks this
; against platformdirs.
#define UserDataDir "{localappdata}\FamilyGuide\FamilyGuide"

[Setup]
; The AppId ties updates and the uninstaller together: never change it.
AppId={{0B17BA1C-4390-40D9-AEB9-2B891693F095}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Family Guide team
VersionInfoVersion={#AppVersion}
; Per user, no administrator rights: {autopf} becomes %LOCALAPPDATA%\Programs, and the
; Start-menu entry goes to the user's own Programs folder. The user is never offered elevation.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Family Guide
DisableDirPage=auto
DisableProgramGroupPage=yes
DisableWelcomePage=no
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=FamilyGuide-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
; The app icon (tools/make_app_icon.py): on the setup program itself, and in Apps & features
; through the installed .exe, which carries the same icon (packaging/family_guide.spec).
SetupIconFile=..\icons\org.familyguide.FamilyGuide.ico
UninstallDisplayIcon={app}\{#AppExe},0
; Close a running Family Guide before files are replaced or removed (Windows Restart Manager).
CloseApplications=yes
RestartApplications=no
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.KeepJournalQuestion=Keep your journal, settings and content packs on this computer?%n%nChoose Yes to keep them (recommended). If you install Family Guide again, everything will be as you left it.
spanish.KeepJournalQuestion=¿Conservar su diario, la configuración y los paquetes de contenido en esta computadora?%n%nElija Sí para conservarlos (recomendado). Si vuelve a instalar Family Guide, todo estará como lo dejó.
english.RemoveJournalWarning=Your journal will be deleted from this computer for good. It cannot be brought back, except from a backup you saved somewhere else.%n%nIf the journal holds notes about a child's safety that you may need later, for example for the police or a school, choose No to keep it.%n%nDelete the journal now?
spanish.RemoveJournalWarning=Su diario se borrará de esta computadora para siempre. No se podrá recuperar, salvo desde una copia de seguridad guardada en otro lugar.%n%nSi el diario tiene notas sobre la seguridad de un niño o una niña que pueda necesitar más adelante, por ejemplo para la policía o la escuela, elija No para conservarlo.%n%n¿Borrar el diario ahora?
english.RemoveJournalFailed=Some files in %1 could not be deleted (perhaps Family Guide is still open). You can delete the folder yourself.
spanish.RemoveJournalFailed=Algunos archivos de %1 no se pudieron borrar (quizás Family Guide sigue abierto). Puede borrar la carpeta usted mismo.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update must not leave libraries of the old version beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Talk with children about online safety, know the warning signs, and find help. Works offline."
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: the user's journal is handled below, and only if the user asks.
Type: filesandordirs; Name: "{app}"

[Code]
function UserDataDir(): String;
begin
  Result := ExpandConstant('{#UserDataDir}');
end;

{ After the program files are gone, ask whether to keep the journal. Keeping it is the default
  (the first button, and Enter), and a silent uninstall always keeps it: the journal may be a
  family's only record of what happened to a child. Removing it needs a second, plain warning,
  whose default button is No. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep <> usPostUninstall) or UninstallSilent or not DirExists(UserDataDir()) then
    Exit;
  if MsgBox(CustomMessage('KeepJournalQuestion'), mbConfirmation, MB_YESNO or MB_DEFBUTTON1) = IDYES then
    Exit;
  if MsgBox(CustomMessage('RemoveJournalWarning'), mbError, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  if not DelTree(UserDataDir(), True, True, True) then
    MsgBox(FmtMessage(CustomMessage('RemoveJournalFailed'), [UserDataDir()]), mbError, MB_OK)
  else
    RemoveDir(ExpandConstant('{localappdata}\FamilyGuide'));  { only if now empty }
end;
