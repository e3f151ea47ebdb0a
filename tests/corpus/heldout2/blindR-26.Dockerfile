# corpus: modelled-on=minio/minio + mc with TARGETOS/TARGETARCH in the dl.min.io URL, fetched on the build platform
# corpus: expect=
FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
ARG TARGETOS
ARG TARGETARCH
ARG MC_RELEASE=RELEASE.2024-11-17T19-35-25Z

RUN apk add --no-cache curl ca-certificates
# dl.min.io uses Go-style names (linux-amd64, linux-arm64) so buildx args map directly.
# e.g. https://dl.min.io/client/mc/release/linux-amd64/archive/mc.RELEASE...
RUN curl -fsSL -o /mc \
      "https://dl.min.io/client/mc/release/${TARGETOS}-${TARGETARCH}/archive/mc.${MC_RELEASE}" \
 && curl -fsSL -o /mc.sha256sum \
      "https://dl.min.io/client/mc/release/${TARGETOS}-${TARGETARCH}/archive/mc.${MC_RELEASE}.sha256sum" \
 && echo "$(cut -d' ' -f1 /mc.sha256sum)  /mc" | sha256sum -c - \
 && chmod 0755 /mc

FROM minio/minio:RELEASE.2024-11-07T00-52-20Z
COPY --from=fetch /mc /usr/bin/mc
COPY --chmod=0755 bootstrap-buckets.sh /usr/local/bin/bootstrap-buckets.sh
ENV MINIO_BROWSER_REDIRECT_URL=http://localhost:9001
EXPOSE 9000 9001
HEALTHCHECK CMD mc ready local || exit 1
CMD ["server", "/data", "--console-address", ":9001"]
