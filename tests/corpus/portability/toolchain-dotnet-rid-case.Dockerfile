# corpus: modelled-on=.NET images that map TARGETARCH to a runtime identifier in the RUN
# corpus: expect=
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN case "$TARGETARCH" in \
      amd64) RID=linux-musl-x64 ;; \
      arm64) RID=linux-musl-arm64 ;; \
      *) echo "no RID for $TARGETARCH" >&2; exit 1 ;; \
    esac; \
    dotnet publish Worker/Worker.csproj -c Release -r "$RID" --self-contained -p:PublishSingleFile=true -o /out
FROM alpine:3.19
COPY --from=build /out /app
ENTRYPOINT ["/app/Worker"]
