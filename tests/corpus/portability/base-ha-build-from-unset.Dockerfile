# corpus: modelled-on=Home Assistant add-ons whose BUILD_FROM is passed by the builder (silent)
# corpus: expect=
ARG BUILD_FROM
FROM $BUILD_FROM
RUN apk add --no-cache python3
COPY run.sh /
CMD ["/run.sh"]
