# corpus: modelled-on=ASP.NET Core apps restoring and publishing with -r linux-x64
# corpus: expect=AL205@7
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /source
COPY . .
RUN dotnet restore Api.sln -r linux-x64
RUN dotnet publish Api/Api.csproj -c Release -o /app -r linux-x64 --self-contained false --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "Api.dll"]
