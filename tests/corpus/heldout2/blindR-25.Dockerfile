# corpus: modelled-on=minio mc download helper script (uname -m case) inlined into a minio/minio-based image
# corpus: expect=AL301@9
FROM alpine:3.20 AS mc-download

RUN apk add --no-cache curl ca-certificates

# Only the x86 CI runners build this image today.
RUN set -e; \
    case "$(uname -m)" in \
      x86_64) MC_URL="https://dl.min.io/client/mc/release/linux-amd64/mc" ;; \
      *) echo "unsupported architecture: $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSL --retry 3 -o /usr/local/bin/mc "$MC_URL"; \
    chmod 0755 /usr/local/bin/mc

FROM minio/minio:RELEASE.2024-11-07T00-52-20Z
COPY --from=mc-download /usr/local/bin/mc /usr/bin/mc
COPY docker-entrypoint.sh /usr/bin/docker-entrypoint.sh
RUN chmod +x /usr/bin/docker-entrypoint.sh
ENTRYPOINT ["/usr/bin/docker-entrypoint.sh"]
CMD ["server", "/data", "--console-address", ":9001"]
