# corpus: modelled-on=Node images adding jwilder/dockerize for linux-amd64
# corpus: expect=AL301@4
FROM node:8
RUN wget https://github.com/jwilder/dockerize/releases/download/v0.6.1/dockerize-linux-amd64-v0.6.1.tar.gz \
    && tar -C /usr/local/bin -xzvf dockerize-linux-amd64-v0.6.1.tar.gz
WORKDIR /app
COPY . .
RUN npm install
