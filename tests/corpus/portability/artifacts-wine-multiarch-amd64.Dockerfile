# corpus: modelled-on=wine build images declared amd64-only
# corpus: platforms=linux/amd64
# corpus: expect=
FROM debian:bookworm
RUN dpkg --add-architecture i386 && apt-get update && apt-get install -y wine32 wine64 libc6:i386
