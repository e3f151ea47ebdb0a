# escape=`

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /source
COPY *.csproj .
RUN dotnet restore -r linux-x64
COPY . .
RUN dotnet publish -c Release -o /app `
    -r linux-x64 --self-contained false `
    /p:PublishSingleFile=true
