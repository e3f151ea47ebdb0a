# corpus: modelled-on=dotnet restore with --arch x64 (blind batch 2: labelled before running archlint)
# corpus: expect=AL205@6
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY *.csproj .
RUN dotnet restore --arch x64
COPY . .
RUN dotnet publish --no-restore -o /app
FROM mcr.microsoft.com/dotnet/aspnet:8.0
COPY --from=build /app /app
