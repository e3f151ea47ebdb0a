# corpus: modelled-on=Kafka Connect image (confluentinc/cp-kafka-connect) extended with a Go health-check binary and connector plugins
# corpus: expect=AL204@7
FROM golang:1.23-bookworm AS healthcheck
WORKDIR /src
COPY tools/connect-health/ .
RUN go mod download
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -ldflags="-s -w" -o /out/connect-health .

FROM confluentinc/cp-kafka-connect:7.7.1
USER root
RUN confluent-hub install --no-prompt confluentinc/kafka-connect-jdbc:10.7.6 \
 && confluent-hub install --no-prompt debezium/debezium-connector-postgresql:2.5.4
COPY --from=healthcheck /out/connect-health /usr/local/bin/connect-health
COPY drivers/postgresql-42.7.4.jar /usr/share/confluent-hub-components/confluentinc-kafka-connect-jdbc/lib/
ENV KAFKA_HEAP_OPTS="-Xms1g -Xmx2g" \
    CONNECT_PLUGIN_PATH="/usr/share/java,/usr/share/confluent-hub-components"
USER appuser
HEALTHCHECK --interval=20s --timeout=5s CMD ["/usr/local/bin/connect-health", "-url", "http://localhost:8083/connectors"]
