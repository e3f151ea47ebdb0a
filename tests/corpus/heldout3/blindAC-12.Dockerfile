# corpus: modelled-on=Apache NiFi binary zip image (builder/run split as in nifi-1.26 samples) with the fetch stage on $BUILDPLATFORM
# corpus: expect=
FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
ARG NIFI_VERSION=1.26.0
RUN apk add --no-cache curl unzip
# the NiFi distribution is pure Java, so unpacking it natively is fine for any target
RUN curl -fsSL -o /tmp/nifi.zip \
      "https://archive.apache.org/dist/nifi/${NIFI_VERSION}/nifi-${NIFI_VERSION}-bin.zip" \
 && unzip -q /tmp/nifi.zip -d /opt \
 && mv /opt/nifi-${NIFI_VERSION} /opt/nifi-current \
 && rm -f /tmp/nifi.zip

FROM eclipse-temurin:17-jre-jammy
ENV NIFI_HOME=/opt/nifi/nifi-current
RUN apt-get update \
 && apt-get install -y --no-install-recommends jq xmlstarlet procps \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd -g 1000 nifi && useradd -u 1000 -g nifi -d /opt/nifi -m nifi

COPY --from=fetch --chown=nifi:nifi /opt/nifi-current ${NIFI_HOME}
RUN sed -i \
      -e 's/^java.arg.2=.*/java.arg.2=-Xms1g/' \
      -e 's/^java.arg.3=.*/java.arg.3=-Xmx2g/' \
      ${NIFI_HOME}/conf/bootstrap.conf \
 && echo 'java.arg.20=-XX:+UseG1GC' >> ${NIFI_HOME}/conf/bootstrap.conf

USER nifi
WORKDIR ${NIFI_HOME}
EXPOSE 8443
ENTRYPOINT ["bin/nifi.sh", "run"]
