@echo off
rem isolint launcher for Windows (the POSIX one is ./isolint): builds the CLI jar with Maven on first
rem use or when sources changed, then runs it. Works from any directory; forwards arguments, standard
rem input and the exit code. After a build it writes a class-data-sharing archive beside the jar
rem (cli\target\isolint.jsa) and uses it, with C1 only and no perf-data file, for a fast start-up.
rem ISOLINT_JAVA_OPTS replaces these JVM options; JAVA_HOME, when set, chooses the JVM.
rem No delayed expansion anywhere (and explicitly off, whatever cmd /v or the registry say): with it,
rem every "!" in the repository's path or in an argument would be dropped.
setlocal EnableExtensions DisableDelayedExpansion
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "TARGET=%HERE%\cli\target"
set "JAR=%TARGET%\isolint.jar"
set "JSA=%TARGET%\isolint.jsa"
rem Copies of the sources as of the last build: xcopy /D /L lists what changed since.
set "STAMP=%TARGET%\isolint-sources"
set "LOCK=%HERE%\cli\.build.lock.d"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"

call :stale
if defined STALE goto locked_build
call :archive_state
if not defined ARCHIVE_DONE goto locked_build
goto run

:locked_build
rem A lock directory keeps parallel first runs (pre-commit, CI matrix) from racing on the build.
set /a WAITED=0
:lock_again
mkdir "%LOCK%" 2>nul && goto have_lock
if %WAITED% geq 900 goto lock_timeout
rem A one-second pause that also works with redirected input (timeout does not).
ping -n 2 127.0.0.1 >nul 2>&1
set /a WAITED+=1
goto lock_again
:have_lock
call :stale
if not defined STALE goto built
call :build
if errorlevel 1 goto build_failed
:built
call :archive_state
if not defined ARCHIVE_DONE (
  echo isolint: writing the start-up archive cli\target\isolint.jsa... 1>&2
  call :write_archive
)
rmdir "%LOCK%" 2>nul
goto run

rem Failures leave through a top-level exit /b: one inside a parenthesized block does not always
rem become the exit code of `cmd /c isolint.cmd`, which is what pre-commit, PowerShell and CI see.
:build_failed
rmdir "%LOCK%" 2>nul
exit /b 2
:lock_timeout
echo isolint: another build holds "%LOCK%" for 15 minutes; remove it if no build is running 1>&2
exit /b 2

:run
call :archive_state
if defined ISOLINT_JAVA_OPTS goto run_custom
if defined ARCHIVE_OK goto run_archive
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto -cp "%JAR%" dev.isolint.cli.Main %*
exit /b %ERRORLEVEL%
:run_archive
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto "-XX:SharedArchiveFile=%JSA%" -cp "%JAR%" dev.isolint.cli.Main %*
exit /b %ERRORLEVEL%
:run_custom
"%JAVA%" %ISOLINT_JAVA_OPTS% -cp "%JAR%" dev.isolint.cli.Main %*
exit /b %ERRORLEVEL%

rem --- STALE=1 when the jar is missing or a source or POM is newer than its copy from the last build.
:stale
set "STALE="
if not exist "%JAR%" (set "STALE=1" & exit /b 0)
if not exist "%STAMP%" (set "STALE=1" & exit /b 0)
rem xcopy /D /L lists (with their paths, hence a backslash) the files newer than their copies or new.
for %%D in (core\src\main cli\src\main) do (
  xcopy "%HERE%\%%D" "%STAMP%\%%D\" /D /L /S /Y /I 2>nul | findstr /c:"\\" >nul && set "STALE=1"
)
for %%D in (. core cli) do (
  xcopy "%HERE%\%%D\pom.xml" "%STAMP%\%%D\" /D /L /Y 2>nul | findstr /c:"\\" >nul && set "STALE=1"
)
exit /b 0

:build
echo isolint: building the CLI (first use or sources changed)... 1>&2
set "LOG=%HERE%\cli\.build.log"
call mvn -B -q -Dstyle.color=never -f "%HERE%\pom.xml" -pl cli -am -DskipTests -Dinvoker.skip=true package >"%LOG%" 2>&1
if not errorlevel 1 goto built_ok
type "%LOG%" 1>&2
echo isolint: build failed (mvn -f "%HERE%\pom.xml" -pl cli -am package) 1>&2
exit /b 1
:built_ok
del /q "%LOG%" 2>nul
rem The archive's stamp (jar size and time) has only minute resolution: a rebuild within the same
rem minute that keeps the jar's size would look current, so a build always invalidates it.
del /q "%JSA%.stamp" 2>nul
if exist "%STAMP%" rmdir /s /q "%STAMP%"
for %%D in (core\src\main cli\src\main) do xcopy "%HERE%\%%D" "%STAMP%\%%D\" /S /Y /I /Q >nul
for %%D in (. core cli) do xcopy "%HERE%\%%D\pom.xml" "%STAMP%\%%D\" /Y /Q >nul
exit /b 0

rem --- ARCHIVE_OK=1 when the archive was written for the current jar (size and time recorded beside it);
rem ARCHIVE_DONE=1 also when writing it failed for this jar (not retried until the jar changes).
:archive_state
set "ARCHIVE_OK="
set "ARCHIVE_DONE="
set "SAVED="
for %%F in ("%JAR%") do set "JARSTAMP=%%~zF %%~tF"
if exist "%JSA%.stamp" set /p SAVED=<"%JSA%.stamp"
if "%SAVED%"=="ok %JARSTAMP%" if exist "%JSA%" (set "ARCHIVE_OK=1" & set "ARCHIVE_DONE=1")
if "%SAVED%"=="failed %JARSTAMP%" set "ARCHIVE_DONE=1"
exit /b 0

rem Records the classes a few typical runs load, then dumps them into a static archive (JDK 17's
rem dynamic archive would skip picocli's old class files). Duplicate lines in the list are harmless.
:write_archive
set "TMPA=%JSA%.tmp"
del /q "%TMPA%" "%TMPA%.list" "%TMPA%.part" 2>nul
pushd "%HERE%"
for %%R in ("scan testdata" "scan -f json testdata" "scan -f sarif testdata" "scan -f junit testdata" "scan -f github testdata" "scan testdata\cloudformation\insecure-model.yaml" "explain" "scan --help") do (
  "%JAVA%" -Xshare:off "-XX:DumpLoadedClassList=%TMPA%.part" -cp "%JAR%" dev.isolint.cli.Main %%~R >nul 2>&1 <nul
  if exist "%TMPA%.part" (
    type "%TMPA%.part" >> "%TMPA%.list"
    del /q "%TMPA%.part"
  )
)
popd
for %%F in ("%JAR%") do set "JARSTAMP=%%~zF %%~tF"
pushd "%TARGET%"
"%JAVA%" -Xshare:dump "-XX:SharedClassListFile=%TMPA%.list" "-XX:SharedArchiveFile=%TMPA%" -XX:-CreateCoredumpOnCrash -cp "%JAR%" >nul 2>&1
set "DUMPED=%ERRORLEVEL%"
popd
del /q "%TMPA%.list" 2>nul
if "%DUMPED%"=="0" if exist "%TMPA%" (
  move /y "%TMPA%" "%JSA%" >nul
  >"%JSA%.stamp" echo ok %JARSTAMP%
  exit /b 0
)
del /q "%TMPA%" 2>nul
>"%JSA%.stamp" echo failed %JARSTAMP%
exit /b 0
