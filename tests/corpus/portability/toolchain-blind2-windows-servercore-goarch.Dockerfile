# corpus: modelled-on=Windows Server Core images (PowerShell/cmd RUN) (blind batch 2: labelled before running archlint)
# corpus: expect=
# corpus: platforms=windows/amd64
# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN $env:GOARCH = 'amd64'; $env:GOOS = 'windows'; go build -o C:\app\app.exe .
