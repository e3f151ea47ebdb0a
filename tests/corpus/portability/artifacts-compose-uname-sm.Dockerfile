# corpus: modelled-on=docker-compose 1.x installed with uname -s/-m (portable)
# corpus: expect=
FROM docker:18.09
RUN apk add --no-cache py-pip python-dev libffi-dev openssl-dev gcc libc-dev make
RUN curl -L "https://github.com/docker/compose/releases/download/1.25.0/docker-compose-$(uname -s)-$(uname -m)" -o /usr/local/bin/docker-compose \
 && chmod +x /usr/local/bin/docker-compose
