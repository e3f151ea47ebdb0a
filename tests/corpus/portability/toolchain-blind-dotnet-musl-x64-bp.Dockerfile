# corpus: modelled-on=dotnet self-contained musl x64 (blind batch: labelled before running archlint)
# corpus: expect=AL205@6
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r linux-musl-x64 --self-contained true -p:PublishTrimmed=true -o /app
FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine
COPY --from=build /app /app
ENTRYPOINT ["/app/Api"]
