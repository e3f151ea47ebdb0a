# corpus: modelled-on=Node.js images installing sharp with --cpu
# corpus: expect=AL205@6
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm install --os=linux --libc=musl --cpu=x64 sharp
COPY . .
CMD ["node", "server.js"]
