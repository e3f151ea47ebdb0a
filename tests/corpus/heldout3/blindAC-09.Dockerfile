# corpus: modelled-on=payara/server-full app image (post-boot asadmin commands, JDBC driver) with x86-tuned flags guarded by IgnoreUnrecognizedVMOptions
# corpus: expect=
FROM payara/server-full:6.2024.6-jdk17

ARG PG_JDBC_VERSION=42.7.3

USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
USER payara

# plain jar from Maven Central, same file for every platform
RUN curl -fsSL -o ${PAYARA_DIR}/glassfish/domains/${DOMAIN_NAME}/lib/postgresql.jar \
      "https://repo1.maven.org/maven2/org/postgresql/postgresql/${PG_JDBC_VERSION}/postgresql-${PG_JDBC_VERSION}.jar"

# UseAVX was tuned on the x86 hosts; IgnoreUnrecognizedVMOptions lets the very
# same image boot on the Graviton nodes where the flag does not exist
ENV JDK_JAVA_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:UseAVX=2 -XX:+UseStringDeduplication" \
    MEM_MAX_RAM_PERCENTAGE=70.0

COPY --chown=payara:payara post-boot-commands.asadmin ${POSTBOOT_COMMANDS}
COPY --chown=payara:payara target/orders.war ${DEPLOY_DIR}/

EXPOSE 4848 8080 8181
HEALTHCHECK --interval=30s --start-period=90s CMD curl -fs http://localhost:8080/orders/health || exit 1
