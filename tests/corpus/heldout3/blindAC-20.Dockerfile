# corpus: modelled-on=WildFly image with a Go config-templating helper and JAVA_OPTS copied from a Graviton tuning guide
# corpus: expect=AL204@6,AL401@17
FROM golang:1.22-alpine AS confd
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
WORKDIR /src
COPY tools/xmlenv/ .
RUN go build -ldflags="-s -w" -o /out/xmlenv .

FROM quay.io/wildfly/wildfly:32.0.1.Final-jdk21

COPY --from=confd --chown=jboss:0 /out/xmlenv /opt/jboss/bin/xmlenv
COPY --chown=jboss:0 docker/standalone.xml.tmpl /opt/jboss/wildfly/standalone/configuration/

# perf team recommendations for the Graviton3 pool
ENV JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseG1GC -XX:+UseLSE -Djava.net.preferIPv4Stack=true"

COPY --chown=jboss:0 target/claims.war /opt/jboss/wildfly/standalone/deployments/
COPY --chown=jboss:0 docker/entrypoint.sh /opt/jboss/bin/entrypoint.sh
EXPOSE 8080 9990
ENTRYPOINT ["/opt/jboss/bin/entrypoint.sh"]
CMD ["/opt/jboss/wildfly/bin/standalone.sh", "-b", "0.0.0.0"]
