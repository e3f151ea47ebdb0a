# corpus: modelled-on=.NET RID set as ENV for every dotnet command (blind batch 4: labelled before running archlint)
# corpus: expect=AL205@4
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ENV DOTNET_RUNTIME_IDENTIFIER=linux-x64
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app
FROM mcr.microsoft.com/dotnet/runtime-deps:8.0
COPY --from=build /app /app
