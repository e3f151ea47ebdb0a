# corpus: modelled-on=Java indexer service with an entrypoint script (heredoc) choosing CPU intrinsics by uname -m
# corpus: expect=
FROM eclipse-temurin:17-jre-jammy
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd -r svc && useradd -r -g svc -d /srv svc
WORKDIR /srv
COPY --chown=svc:svc target/search-indexer.jar app.jar
COPY --chmod=0755 <<'EOF' /usr/local/bin/entrypoint.sh
#!/bin/sh
set -e
# CPU-specific intrinsics are only valid on their own JVM port.
case "$(uname -m)" in
  x86_64)  ARCH_OPTS="-XX:UseAVX=2" ;;
  aarch64) ARCH_OPTS="-XX:+UseSIMDForMemoryOps" ;;
  *)       ARCH_OPTS="" ;;
esac
exec java $ARCH_OPTS $JAVA_OPTS -jar /srv/app.jar "$@"
EOF
ENV JAVA_OPTS="-XX:+UseG1GC -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER svc
EXPOSE 8081
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fs http://localhost:8081/actuator/health || exit 1
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
