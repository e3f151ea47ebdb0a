# corpus: modelled-on=dotnet-docker alpine samples + case mapping TARGETARCH -> .NET RID
# corpus: expect=
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build
ARG TARGETARCH
WORKDIR /src

# .NET spells amd64 as "x64"; keep the RID in a file so both RUNs agree
RUN case "$TARGETARCH" in \
      amd64) echo linux-musl-x64   > /tmp/rid ;; \
      arm64) echo linux-musl-arm64 > /tmp/rid ;; \
      *) echo "unsupported TARGETARCH=$TARGETARCH" >&2; exit 1 ;; \
    esac

COPY Notifier/Notifier.csproj Notifier/
RUN dotnet restore Notifier/Notifier.csproj -r "$(cat /tmp/rid)"

COPY . .
RUN dotnet publish Notifier/Notifier.csproj -c Release --no-restore \
      -r "$(cat /tmp/rid)" --self-contained true -p:PublishSingleFile=true \
      -o /out

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine
RUN apk add --no-cache icu-libs
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
WORKDIR /app
COPY --from=build /out/Notifier ./
USER app
ENTRYPOINT ["/app/Notifier"]
