# corpus: modelled-on=Home Assistant add-ons with a BUILD_FROM default naming amd64-base
# corpus: expect=AL209@4
ARG BUILD_FROM=ghcr.io/home-assistant/amd64-base:3.19
FROM ${BUILD_FROM}
RUN apk add --no-cache python3
COPY run.sh /
CMD ["/run.sh"]
