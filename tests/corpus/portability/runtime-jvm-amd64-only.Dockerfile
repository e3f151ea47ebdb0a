# corpus: modelled-on=declared amd64-only service
# corpus: platforms=linux/amd64
# corpus: expect=
FROM eclipse-temurin:21-jre
ENV JAVA_TOOL_OPTIONS="-XX:UseAVX=2"
