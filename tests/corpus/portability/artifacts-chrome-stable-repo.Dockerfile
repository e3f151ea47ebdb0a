# corpus: modelled-on=Chrome from Google's apt repository
# corpus: expect=AL304@7
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y wget gnupg \
 && wget -qO- https://dl-ssl.google.com/linux/linux_signing_key.pub | gpg --dearmor > /usr/share/keyrings/google.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/google.gpg] http://dl.google.com/linux/chrome/deb/ stable main" > /etc/apt/sources.list.d/google.list \
 && apt-get update && apt-get install -y google-chrome-stable fonts-liberation
