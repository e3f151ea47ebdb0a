# corpus: modelled-on=single-board image for a Raspberry Pi Zero W only (rclone backup box), one platform requested
# corpus: expect=
# corpus: platforms=linux/arm/v6
# Only ever runs on the Pi Zero W in the garage
FROM --platform=linux/arm/v6 alpine:3.20

ARG RCLONE_VERSION=1.68.1
RUN apk add --no-cache ca-certificates fuse3 unzip tzdata

RUN wget -q "https://downloads.rclone.org/v${RCLONE_VERSION}/rclone-v${RCLONE_VERSION}-linux-arm-v6.zip" -O /tmp/rclone.zip \
 && unzip -j /tmp/rclone.zip "*/rclone" -d /usr/local/bin \
 && rm /tmp/rclone.zip \
 && rclone version

COPY backup.sh /usr/local/bin/backup.sh
RUN chmod +x /usr/local/bin/backup.sh \
 && echo "15 3 * * * /usr/local/bin/backup.sh" > /etc/crontabs/root
CMD ["crond", "-f", "-l", "8"]
