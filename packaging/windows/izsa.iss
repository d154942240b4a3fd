; İZSA Desktop — per-user installer (no administrator rights). UNTESTED: Inno Setup cannot run on the
; machine this was written on; see docs/windows.md for how to build, sign and check it on Windows.
;
; Input: the PyInstaller one-folder build (packaging/, `bash tools/run.sh package` or its Windows
; equivalent) in dist\izsa-desktop\ with the windowed izsa-desktop.exe (gui-scripts, no console) and the
; console izsa-desktop-cli.exe. Adjust SourceDir/AppExe below if the spec names them otherwise.
;
; Installs to %LOCALAPPDATA%\Programs\IZSA Desktop (HKCU only), adds a Start menu entry and the .izsa
; file association for this user. Uninstall removes the program files only: the workspace, its backups
; and keys live in %LOCALAPPDATA%\izsa-desktop (platformdirs) and are never touched.

#define AppName "İZSA Desktop"
#define AppVersion "0.1.0"
#define AppPublisher "İzmir Büyükşehir Belediyesi"
#define SourceDir "..\..\dist\izsa-desktop"
#define AppExe "izsa-desktop.exe"

[Setup]
AppId={{6C3E1D52-7F0A-4B4E-9E4B-1A2C3D4E5F60}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\IZSA Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ChangesAssociations=yes
OutputDir=Output
OutputBaseFilename=izsa-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
; SignTool=izsasign   ; enable after defining "izsasign" in the IDE (Tools > Configure Sign Tools), docs/windows.md

[Languages]
Name: "tr"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userprograms}\{#AppName} (eğitim / training)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"

[Registry]
; per-user file association (HKCU\Software\Classes): double-clicking a bundle opens it in the app
Root: HKCU; Subkey: "Software\Classes\.izsa"; ValueType: string; ValueName: ""; ValueData: "IZSA.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\IZSA.Bundle"; ValueType: string; ValueName: ""; ValueData: "İZSA paketi / İZSA bundle"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\IZSA.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\IZSA.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for user data on purpose: %LOCALAPPDATA%\izsa-desktop (workspace, backups, keys)
; stays after uninstall; a reinstall opens it again.
