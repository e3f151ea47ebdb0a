# corpus: modelled-on=declared amd64 image
# corpus: platforms=linux/amd64
# corpus: expect=
FROM debian:bookworm-slim
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
