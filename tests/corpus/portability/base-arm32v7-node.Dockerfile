# corpus: modelled-on=Raspberry Pi Node.js apps based on arm32v7/node
# corpus: expect=AL209@3
FROM arm32v7/node:18-bullseye-slim
WORKDIR /usr/src/app
COPY package.json .
RUN npm install --production
CMD ["node", "index.js"]
