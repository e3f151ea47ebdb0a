# corpus: modelled-on=self-contained .NET console tools published with --runtime
# corpus: expect=AL205@7
FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build
WORKDIR /src
COPY ["hello", "hello/"]
WORKDIR "/src/hello"
RUN dotnet publish -o /app/build --self-contained true --runtime linux-musl-x64
FROM alpine:3.19
RUN apk add --no-cache libstdc++ icu-libs
COPY --from=build /app/build /app
ENTRYPOINT ["/app/hello"]
