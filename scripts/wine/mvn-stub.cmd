@echo off
rem Stand-in for Maven in scripts/test-isolint-cmd.sh: appends its arguments to %STUB_MVN_LOG% and
rem "builds" cli\target\isolint.jar beside the POM given with -f (same bytes every time, as a rebuild
rem that changed no class size would). With STUB_MVN_FAIL set it fails like a broken build.
setlocal
>>"%STUB_MVN_LOG%" echo mvn %*
if defined STUB_MVN_FAIL (
  echo [ERROR] stub build failure: COMPILATION ERROR
  exit /b 1
)
set "POM="
:next
if "%~1"=="" goto parsed
if "%~1"=="-f" set "POM=%~2"
shift
goto next
:parsed
for %%P in ("%POM%") do set "ROOT=%%~dpP"
if not exist "%ROOT%cli\target" mkdir "%ROOT%cli\target"
>"%ROOT%cli\target\isolint.jar" echo stub jar
exit /b 0
