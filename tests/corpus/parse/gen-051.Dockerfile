# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Invoke-WebRequest -Uri https://example.org/setup.exe -OutFile C:\setup.exe ; `
    Start-Process C:\setup.exe -Wait ; `
    Remove-Item C:\setup.exe
WORKDIR C:\app
COPY . C:\app\
CMD ["C:\\app\\run.exe"]
