# corpus: modelled-on=FROM --platform=linux/x86_64 written with the uname spelling
# corpus: expect=AL201@3
FROM --platform=linux/x86_64 node:20-bullseye
WORKDIR /usr/src/app
COPY . .
RUN npm ci
CMD ["npm", "start"]
