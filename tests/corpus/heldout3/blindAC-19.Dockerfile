# corpus: modelled-on=Tomcat app image shipping a small Go health probe cross-compiled on $BUILDPLATFORM (GOOS/GOARCH from TARGETOS/TARGETARCH)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS probe
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY tools/healthprobe/go.mod tools/healthprobe/go.sum ./
RUN go mod download
COPY tools/healthprobe/ ./
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -ldflags="-s -w" -o /out/healthprobe .

FROM tomcat:9.0-jdk17-temurin
# amd64 and arm64 variants are both produced by the one buildx run in CI
ENV CATALINA_OPTS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

COPY --from=probe /out/healthprobe /usr/local/bin/healthprobe
COPY target/portal.war /usr/local/tomcat/webapps/portal.war

HEALTHCHECK --interval=15s --timeout=3s --start-period=40s \
  CMD ["/usr/local/bin/healthprobe", "-url", "http://127.0.0.1:8080/portal/health"]
EXPOSE 8080
CMD ["catalina.sh", "run"]
