# Build the Windows one-folder bundle in a clean virtual environment, report its
# size, run the bundle's own self-test, and (when Inno Setup is installed) the
# installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-NoInstaller] [-KeepWork]
#
# Result: dist\studyvisit\ (studyvisit.exe without a console, studyvisit-cli.exe
# with one) and dist\studyvisit-VERSION-setup.exe. Needs Python 3.11 or newer
# (the `py` launcher or python.exe on PATH; -Python to choose) and, for the
# installer, Inno Setup 6 (ISCC.exe on PATH or in its default folder).
param(
    [string]$Python = "",
    [switch]$NoInstaller,
    [switch]$KeepWork,
    [string]$SelfTestArgs = ""
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
$Started = Get-Date

function Phase([string]$Text) {
    $elapsed = [int]((Get-Date) - $Started).TotalSeconds
    Write-Host "== $Text ($elapsed s)"
}

function Invoke-Checked([string]$Program, [string[]]$Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program exited with $LASTEXITCODE" }
}

if (-not $Python) {
    if (Get-Command py -ErrorAction SilentlyContinue) { $Python = "py" } else { $Python = "python" }
}
$PythonArgs = @()
if ($Python -eq "py") { $PythonArgs = @("-3") }

$Work = Join-Path ([System.IO.Path]::GetTempPath()) ("studyvisit-build-" + [guid]::NewGuid().ToString("N").Substring(0, 8))
New-Item -ItemType Directory -Path $Work | Out-Null
try {
    Phase "clean virtual environment"
    & $Python @PythonArgs -c "import sys; sys.exit(sys.version_info < (3, 11))"
    if ($LASTEXITCODE -ne 0) { throw "$Python is older than Python 3.11" }
    Invoke-Checked $Python ($PythonArgs + @("-m", "venv", "$Work\venv"))
    $VenvPython = "$Work\venv\Scripts\python.exe"
    # The project as a user gets it (not editable), PyInstaller, and pypdf for the self-test.
    Invoke-Checked $VenvPython @("-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        $Root, "pyinstaller>=6.10,<7", "pypdf>=4")
    $Version = (& $VenvPython -c "import studyvisit; print(studyvisit.__version__)").Trim()

    Phase "PyInstaller (studyvisit $Version)"
    $Bundle = Join-Path $Root "dist\studyvisit"
    if (Test-Path $Bundle) { Remove-Item -Recurse -Force $Bundle }
    # Run from the work folder: the spec must see the installed package, never the checkout.
    Push-Location $Work
    try {
        Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", (Join-Path $Root "dist"), "--workpath", "$Work\build",
            (Join-Path $Root "packaging\studyvisit.spec"))
    } finally { Pop-Location }

    Phase "size"
    $Files = Get-ChildItem -Recurse -File $Bundle
    $Total = ($Files | Measure-Object -Property Length -Sum).Sum
    Write-Host ("bundle: {0:N1} MB unpacked ({1} files)" -f ($Total / 1MB), $Files.Count)
    Write-Host "-- the biggest files:"
    $Files | Sort-Object Length -Descending | Select-Object -First 15 | ForEach-Object {
        Write-Host ("{0,8:N1} MB  {1}" -f ($_.Length / 1MB), $_.FullName.Substring($Bundle.Length + 1))
    }

    Phase "self-test of the bundle"
    # The console twin, so that the report shows (the window step draws offscreen).
    $CliArgs = @("self-test")
    if ($SelfTestArgs) { $CliArgs += $SelfTestArgs.Split(" ") }
    Invoke-Checked (Join-Path $Bundle "studyvisit-cli.exe") $CliArgs

    if (-not $NoInstaller) {
        $Iscc = Get-Command ISCC.exe -ErrorAction SilentlyContinue
        $IsccPath = if ($Iscc) { $Iscc.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
        if (Test-Path $IsccPath) {
            Phase "installer (Inno Setup)"
            Invoke-Checked $IsccPath @("/Q", "/DAppVersion=$Version", "/DSourceDir=$Bundle",
                "/DOutputDir=$(Join-Path $Root 'dist')", (Join-Path $Root "packaging\studyvisit.iss"))
            Write-Host "written dist\studyvisit-$Version-setup.exe"
        } else {
            Write-Host "Inno Setup 6 not found: no installer made (install it, or pass -NoInstaller)."
        }
    }
    Phase "done: dist\studyvisit\studyvisit.exe"
} finally {
    if ($KeepWork) { Write-Host "work folder kept: $Work" } else { Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue }
}
