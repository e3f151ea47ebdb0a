# corpus: modelled-on=.NET Native AOT images choosing the RID with an if on TARGETARCH
# corpus: expect=
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN if [ "$TARGETARCH" = "arm64" ]; then rid=linux-arm64; else rid=linux-x64; fi; \
    dotnet publish -c Release -r $rid -p:PublishAot=true -o /out
FROM mcr.microsoft.com/dotnet/runtime-deps:8.0
COPY --from=build /out /app
